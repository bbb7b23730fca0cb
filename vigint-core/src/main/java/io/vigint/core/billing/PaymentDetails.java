package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * How a client pays and how often it is invoiced, as stored: the IBAN and the provider customer id
 * are sealed, so this record can be logged or returned (it shows only masked forms).
 *
 * @param clientId whose details these are
 * @param method how the client pays
 * @param frequency how often the client is invoiced
 * @param autoPay whether invoices are collected automatically (card or direct debit)
 * @param iban the bank account, sealed (absent for card payments)
 * @param bic the bank, when given
 * @param customerId the card provider's customer reference, sealed (absent for bank payments)
 * @param updatedAt when the details were last set
 */
public record PaymentDetails(
        ClientId clientId,
        PaymentMethod method,
        BillingFrequency frequency,
        boolean autoPay,
        Optional<SealedReference> iban,
        Optional<Bic> bic,
        Optional<SealedReference> customerId,
        Instant updatedAt) {
    public PaymentDetails {
        Checks.nonNull(
                "clientId method frequency iban bic customerId updatedAt",
                clientId,
                method,
                frequency,
                iban,
                bic,
                customerId,
                updatedAt);
    }
}
