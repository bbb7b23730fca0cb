package io.vigint.persistence.billing;

import java.math.BigDecimal;

/**
 * One row of {@code invoice_lines}; {@code unitPrice} is null when the usage's prices varied. The columns
 * {@code min_usage_id}/{@code max_usage_id} of lines issued before V018 are left in the table, unread.
 */
public record InvoiceLineRow(
        int invoiceYear,
        int invoiceSequence,
        String endpoint,
        long usageCount,
        BigDecimal unitPrice,
        BigDecimal amount,
        BigDecimal usageSum) {}
