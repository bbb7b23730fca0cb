package io.vigint.persistence.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of {@code invoices}; {@code activeKey} is set while the invoice is not void. */
public record InvoiceRow(
        int invoiceYear,
        int invoiceSequence,
        long clientId,
        String periodCode,
        OffsetDateTime periodStart,
        OffsetDateTime periodEnd,
        String currency,
        BigDecimal vatRate,
        BigDecimal subtotal,
        BigDecimal vat,
        BigDecimal total,
        String status,
        OffsetDateTime issuedAt,
        OffsetDateTime paidAt,
        OffsetDateTime voidedAt,
        String activeKey) {}
