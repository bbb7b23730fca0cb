package io.vigint.persistence.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One row of {@code invoice_payments} ({@code id} is 0 before insertion), with its invoice's currency
 * when read ({@code null} when written: a payment is in its invoice's currency).
 */
public record PaymentRow(
        long id,
        int invoiceYear,
        int invoiceSequence,
        BigDecimal amount,
        OffsetDateTime paidAt,
        String reference,
        String currency) {}
