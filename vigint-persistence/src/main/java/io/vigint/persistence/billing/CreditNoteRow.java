package io.vigint.persistence.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of {@code credit_notes}. */
public record CreditNoteRow(
        int noteYear,
        int noteSequence,
        int invoiceYear,
        int invoiceSequence,
        long clientId,
        String reason,
        String currency,
        BigDecimal vatRate,
        BigDecimal subtotal,
        BigDecimal vat,
        BigDecimal total,
        OffsetDateTime issuedAt) {}
