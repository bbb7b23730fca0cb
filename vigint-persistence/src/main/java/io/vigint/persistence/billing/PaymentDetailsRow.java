package io.vigint.persistence.billing;

import java.time.OffsetDateTime;

/** One row of {@code payment_details}; the IBAN and customer id only sealed and masked. */
public record PaymentDetailsRow(
        long clientId,
        String method,
        String frequency,
        boolean autoPay,
        String ibanSealed,
        String ibanMasked,
        String bic,
        String customerSealed,
        String customerMasked,
        OffsetDateTime updatedAt) {}
