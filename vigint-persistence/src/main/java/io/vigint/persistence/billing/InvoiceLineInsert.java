package io.vigint.persistence.billing;

import java.util.List;

/** Invoice lines to insert in one statement; see {@link InvoiceInsert} for why there are two forms. */
public record InvoiceLineInsert(
        List<InvoiceLineRow> rows,
        String[] years,
        String[] sequences,
        String[] endpoints,
        String[] usageCounts,
        String[] unitPrices,
        String[] amounts,
        String[] usageSums) {

    /** The rows and their columns. */
    public static InvoiceLineInsert of(List<InvoiceLineRow> rows) {
        return new InvoiceLineInsert(
                rows,
                InvoiceInsert.column(rows, r -> r.invoiceYear()),
                InvoiceInsert.column(rows, r -> r.invoiceSequence()),
                InvoiceInsert.column(rows, InvoiceLineRow::endpoint),
                InvoiceInsert.column(rows, r -> r.usageCount()),
                InvoiceInsert.column(rows, InvoiceLineRow::unitPrice),
                InvoiceInsert.column(rows, InvoiceLineRow::amount),
                InvoiceInsert.column(rows, InvoiceLineRow::usageSum));
    }
}
