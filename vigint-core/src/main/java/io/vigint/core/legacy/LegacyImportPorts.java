package io.vigint.core.legacy;

import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.UsageStore;
import io.vigint.core.util.Checks;
import java.time.Clock;

/**
 * What an import writes to: the stores of clients, keys, usage, payment details (through {@link
 * PaymentDetailsUseCase}, which seals IBANs and customer ids), billing profiles (imported clients' prices
 * include VAT, as the original's did) and operator keys, the ledger, the transactions they share, and the
 * clock.
 */
public record LegacyImportPorts(
        ClientStore clients,
        ApiKeyStore apiKeys,
        UsageStore usage,
        PaymentDetailsStore paymentDetailsStore,
        PaymentDetailsUseCase paymentDetails,
        BillingProfileStore billingProfiles,
        OperatorKeyStore operatorKeys,
        LegacyImportLedger ledger,
        TransactionRunner transactions,
        Clock clock) {
    public LegacyImportPorts {
        Checks.nonNull(
                "clients apiKeys usage paymentDetailsStore paymentDetails billingProfiles operatorKeys ledger transactions"
                        + " clock",
                clients,
                apiKeys,
                usage,
                paymentDetailsStore,
                paymentDetails,
                billingProfiles,
                operatorKeys,
                ledger,
                transactions,
                clock);
    }
}
