package io.vigint.billing.document;

import java.util.List;

/**
 * The invoice as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they
 * hold a comma, quote, CR or LF, quotes doubled). One row per line ({@code type=line}), then
 * {@code subtotal}, {@code vat} and {@code total} rows. Numbers use a decimal point and no thousands
 * separators; amounts have 2 decimals; {@code vat_rate} is a fraction ({@code 0.21}).
 *
 * <pre>
 * invoice_number,period,type,endpoint,count,unit_price,vat_rate,amount,currency
 * VIGINT-2026-0001,2026-W47,line,/api/video/analyze,120,0.05,,6.00,EUR
 * VIGINT-2026-0001,2026-W47,subtotal,,,,,6.00,EUR
 * VIGINT-2026-0001,2026-W47,vat,,,,0.21,1.26,EUR
 * VIGINT-2026-0001,2026-W47,total,,,,,7.26,EUR
 * </pre>
 *
 * A field that a spreadsheet would take for a formula (starting with {@code = + - @}) is prefixed with
 * an apostrophe; endpoints never start that way, so in practice nothing changes.
 */
public final class CsvInvoiceRenderer extends TextInvoiceRenderer {
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of(
            "invoice_number", "period", "type", "endpoint", "count", "unit_price", "vat_rate", "amount", "currency");

    private static final String CRLF = "\r\n";

    public CsvInvoiceRenderer() {
        super(MEDIA_TYPE, "csv");
    }

    /** The CSV as text. */
    @Override
    public String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(512);
        record(out, COLUMNS);
        String number = invoice.number();
        String period = invoice.period().label();
        String currency = invoice.currency().getCurrencyCode();
        for (InvoiceDocument.Line line : invoice.lines()) {
            record(
                    out,
                    List.of(
                            number,
                            period,
                            "line",
                            line.endpoint(),
                            Long.toString(line.count()),
                            Amounts.unitPrice(line.unitPrice()),
                            "",
                            Amounts.amount(line.amount()),
                            currency));
        }
        record(out, List.of(number, period, "subtotal", "", "", "", "", Amounts.amount(invoice.subtotal()), currency));
        record(
                out,
                List.of(
                        number,
                        period,
                        "vat",
                        "",
                        "",
                        "",
                        Amounts.rate(invoice.vatRate()),
                        Amounts.amount(invoice.vatAmount()),
                        currency));
        record(out, List.of(number, period, "total", "", "", "", "", Amounts.amount(invoice.total()), currency));
        return out.toString();
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** One field, quoted if it must be (RFC 4180), defused if a spreadsheet would run it. */
    static String field(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
