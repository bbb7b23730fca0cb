package io.vigint.core.legacy;

import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.legacy.LegacyImportReport.Outcome;
import io.vigint.core.legacy.LegacyPlan.PlannedClient;
import io.vigint.core.legacy.LegacyPlan.PlannedKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payment details of the original, which hang off API keys, onto the clients of those keys here, where a
 * client has one set: of a client's sets, the most recently updated (then the highest id) is imported and
 * the others are skipped as superseded. A set is imported through {@code PaymentDetailsUseCase}, which
 * seals the IBAN and the card provider's customer id, together with its ledger entry, once per client: a
 * client that has payment details here already (imported, or set by the operator) keeps them. Values that
 * cannot go together here are dropped, each reported: auto-pay on a bank transfer (the client pushes the
 * money), an IBAN or BIC on a card payment, a card customer id on a bank payment. A set that is still invalid (a direct debit without a
 * valid IBAN, a card payment without a customer id) is skipped with the reason. The original's
 * {@code stripe_payment_method_id}, next and last payment dates and last invoice number have no
 * counterpart here and are not imported.
 */
final class LegacyPaymentImport {
    private static final String KIND = "payment_details";
    /** Validates a dry run's command for a client that does not exist yet; never stored. */
    private static final ClientId STAND_IN = new ClientId(Long.MAX_VALUE);

    private static final Comparator<LegacyPaymentDetails> LATEST = Comparator.comparing(
                    (LegacyPaymentDetails p) -> p.updatedAt() == null ? Instant.MIN : p.updatedAt())
            .thenComparingLong(LegacyPaymentDetails::id);

    private final LegacyImportPorts ports;
    private final ReportBuilder report;

    LegacyPaymentImport(LegacyImportPorts ports, ReportBuilder report) {
        this.ports = ports;
        this.report = report;
    }

    void run(LegacyPlan plan, List<LegacyPaymentDetails> rows, boolean dryRun) {
        Map<PlannedClient, List<LegacyPaymentDetails>> byClient = new LinkedHashMap<>();
        for (LegacyPaymentDetails row : rows) {
            PlannedKey key = plan.keys.get(row.apiKeyId());
            if (key == null || key.client == null || key.client.outcome == Outcome.SKIPPED) {
                skip(row, key == null ? "its API key " + row.apiKeyId() + " does not exist" : "its client was skipped");
                continue;
            }
            byClient.computeIfAbsent(key.client, c -> new ArrayList<>()).add(row);
        }
        byClient.forEach((client, sets) -> importFor(client, sets, dryRun));
    }

    private void importFor(PlannedClient client, List<LegacyPaymentDetails> sets, boolean dryRun) {
        LegacyPaymentDetails latest = sets.stream().max(LATEST).orElseThrow();
        for (LegacyPaymentDetails other : sets) {
            if (other != latest) {
                skip(
                        other,
                        "superseded by payment details " + latest.id()
                                + " of the same client (one set per client here)");
            }
        }
        if (ports.ledger()
                .findImport(LegacyImport.Kind.PAYMENT, client.legacy.email())
                .isPresent()) {
            report.paymentDetails.count(Outcome.EXISTING, 1);
            return;
        }
        if (client.id != null
                && ports.paymentDetailsStore().findPaymentDetails(client.id).isPresent()) {
            skip(latest, "the client has payment details here already");
            return;
        }
        Optional<SetPaymentDetailsCommand> command;
        try {
            command = Optional.of(command(latest, client.id == null ? STAND_IN : client.id));
        } catch (VigintException e) {
            skip(latest, e.getMessage());
            command = Optional.empty();
        }
        if (command.isEmpty()) {
            return;
        }
        if (!dryRun) {
            SetPaymentDetailsCommand ready = command.get();
            ports.transactions().inTransaction(() -> {
                ports.paymentDetails().setPaymentDetails(ready);
                ports.ledger()
                        .recordImport(new LegacyImport(
                                LegacyImport.Kind.PAYMENT,
                                client.legacy.email(),
                                client.id,
                                latest.id(),
                                ports.clock().instant().truncatedTo(ChronoUnit.MICROS)));
                return null;
            });
        }
        report.paymentDetails.count(Outcome.ADDED, 1);
    }

    /**
     * The command for {@code row} on its client here (in a dry run a client not yet created has no id, so
     * a stand-in id is used to validate it).
     */
    private SetPaymentDetailsCommand command(LegacyPaymentDetails row, ClientId clientId) {
        PaymentMethod method = PaymentMethod.parse(row.method());
        BillingFrequency frequency =
                row.frequency() == null ? BillingFrequency.MONTHLY : BillingFrequency.parse(row.frequency());
        boolean autoPay = Boolean.TRUE.equals(row.autoPay());
        Optional<String> iban = present(row.iban());
        Optional<String> bic = present(row.bic());
        boolean dropAutoPay = method == PaymentMethod.BANK_TRANSFER && autoPay;
        Optional<String> customer = present(row.stripeCustomerId());
        boolean dropBank = method == PaymentMethod.CREDIT_CARD && (iban.isPresent() || bic.isPresent());
        boolean dropCustomer = method != PaymentMethod.CREDIT_CARD && customer.isPresent();
        SetPaymentDetailsCommand command = new SetPaymentDetailsCommand(
                clientId,
                method,
                frequency,
                autoPay && !dropAutoPay,
                dropBank ? Optional.empty() : iban.map(Iban::parse),
                dropBank ? Optional.empty() : bic.map(Bic::parse),
                dropCustomer ? Optional.empty() : customer);
        if (dropAutoPay) {
            report.change(KIND, row.id(), "auto_pay", "true", "false (a bank transfer is paid by the client)");
        }
        if (dropBank) {
            report.change(KIND, row.id(), "iban", "(an IBAN or BIC)", "(none: a card payment takes a customer id)");
        }
        if (dropCustomer) {
            report.change(
                    KIND, row.id(), "customer_id", "(a card customer id)", "(none: a bank payment takes an IBAN)");
        }
        return command;
    }

    private void skip(LegacyPaymentDetails row, String reason) {
        report.paymentDetails.count(Outcome.SKIPPED, 1);
        report.skip(KIND, row.id(), reason);
    }

    private static Optional<String> present(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(s -> !s.isEmpty());
    }
}
