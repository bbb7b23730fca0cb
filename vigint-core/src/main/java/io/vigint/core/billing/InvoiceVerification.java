package io.vigint.core.billing;

import java.util.List;

/**
 * The result of recomputing an invoice from the usage it sums.
 *
 * @param number the invoice checked
 * @param differences one sentence per difference found; empty when the invoice matches its usage
 */
public record InvoiceVerification(InvoiceNumber number, List<String> differences) {
    public InvoiceVerification {
        differences = List.copyOf(differences);
    }

    /** Whether the invoice matches a recomputation exactly. */
    public boolean matches() {
        return differences.isEmpty();
    }
}
