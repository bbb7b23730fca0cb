package io.vigint.persistence.billing;

import java.math.BigDecimal;

/** One row of {@code invoice_lines}; {@code unitPrice} is null when the usage's prices varied. */
public record InvoiceLineRow(
        int invoiceYear,
        int invoiceSequence,
        String endpoint,
        long usageCount,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal usageSum,
        long minUsageId,
        long maxUsageId) {}
