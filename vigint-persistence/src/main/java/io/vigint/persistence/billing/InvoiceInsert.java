package io.vigint.persistence.billing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Invoices to insert in one statement: as {@code rows} (H2: a multi-row {@code VALUES}) and as one text
 * array per column (PostgreSQL: {@code INSERT … SELECT … FROM unnest(…)}, a statement whose size does
 * not grow with the number of rows, so neither MyBatis nor the server parses thousands of parameters).
 */
public record InvoiceInsert(
        List<InvoiceRow> rows,
        String[] years,
        String[] sequences,
        String[] clientIds,
        String[] periodCodes,
        String[] periodStarts,
        String[] periodEnds,
        String[] currencies,
        String[] vatRates,
        String[] subtotals,
        String[] vats,
        String[] totals,
        String[] statuses,
        String[] issuedAts,
        String[] paidAts,
        String[] voidedAts,
        String[] activeKeys) {

    /** The rows and their columns. */
    public static InvoiceInsert of(List<InvoiceRow> rows) {
        return new InvoiceInsert(
                rows,
                column(rows, r -> r.invoiceYear()),
                column(rows, r -> r.invoiceSequence()),
                column(rows, r -> r.clientId()),
                column(rows, InvoiceRow::periodCode),
                column(rows, InvoiceRow::periodStart),
                column(rows, InvoiceRow::periodEnd),
                column(rows, InvoiceRow::currency),
                column(rows, InvoiceRow::vatRate),
                column(rows, InvoiceRow::subtotal),
                column(rows, InvoiceRow::vat),
                column(rows, InvoiceRow::total),
                column(rows, InvoiceRow::status),
                column(rows, InvoiceRow::issuedAt),
                column(rows, InvoiceRow::paidAt),
                column(rows, InvoiceRow::voidedAt),
                column(rows, InvoiceRow::activeKey));
    }

    static <R> String[] column(List<R> rows, Function<R, Object> value) {
        String[] column = new String[rows.size()];
        for (int i = 0; i < column.length; i++) {
            Object v = value.apply(rows.get(i));
            column[i] = v == null ? null : text(v);
        }
        return column;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return value.toString();
    }
}
