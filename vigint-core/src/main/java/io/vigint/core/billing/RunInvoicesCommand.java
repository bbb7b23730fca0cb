package io.vigint.core.billing;

import java.util.Objects;
import java.util.Optional;

/**
 * Runs the invoice batch.
 *
 * @param period the period to invoice; empty for the last completed period of every frequency
 * @param dryRun compute and report, write nothing
 */
public record RunInvoicesCommand(Optional<BillingPeriod> period, boolean dryRun) {
    public RunInvoicesCommand {
        Objects.requireNonNull(period, "period");
    }
}
