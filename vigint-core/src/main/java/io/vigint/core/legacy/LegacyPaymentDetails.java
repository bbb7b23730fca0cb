package io.vigint.core.legacy;

import java.time.Instant;

/**
 * A row of the original's {@code payment_details} table, as read. In the original, payment details hang
 * off an API key (several per key, several keys per client); here a client has one set.
 *
 * @param id its id in the original
 * @param apiKeyId the original id of the key it belongs to
 * @param method the original's enum as stored ({@code CREDIT_CARD}, {@code BANK_TRANSFER}, {@code DIRECT_DEBIT})
 * @param frequency likewise ({@code WEEKLY}, {@code MONTHLY}, {@code QUARTERLY}), or {@code null}
 * @param autoPay {@code auto_pay_enabled}, or {@code null}
 * @param stripeCustomerId the card provider's customer id, or {@code null}
 * @param iban the bank account in plain text as the original stored it, or {@code null}
 * @param bic the bank, or {@code null}
 * @param updatedAt when it was last changed (or created), or {@code null}
 */
public record LegacyPaymentDetails(
        long id,
        long apiKeyId,
        String method,
        String frequency,
        Boolean autoPay,
        String stripeCustomerId,
        String iban,
        String bic,
        Instant updatedAt) {
    @Override
    public String toString() {
        return "LegacyPaymentDetails[id=" + id + ", apiKeyId=" + apiKeyId + ", method=" + method + "]";
    }
}
