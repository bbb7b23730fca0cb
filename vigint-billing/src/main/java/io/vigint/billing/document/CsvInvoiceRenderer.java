package io.vigint.billing.document;

import io.vigint.core.money.Money;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invoice or credit note as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields
 * quoted when they hold a comma, quote, CR or LF, quotes doubled). Numbers use a decimal point and no
 * thousands separators; amounts have 2 decimals; {@code vat_rate} is a fraction ({@code 0.21}); dates
 * are ISO ({@code 2026-11-22}).
 *
 * <p>First come the document's details, one row each, with the {@code type} naming the detail and its
 * text in the last column, {@code value} (see {@link #DETAILS}); then one row per line ({@code
 * type=line}), then {@code subtotal} (the taxable amount), {@code vat} and {@code total} rows, and,
 * on an invoice of which something was paid, {@code paid} and {@code amount_due}. The first nine
 * columns and the amount rows are those of the first version of this format, with {@code value} empty:
 * a reader that selects {@code type=line} rows, or sums {@code amount}, sees what it always saw.
 *
 * <pre>
 * invoice_number,period,type,endpoint,count,unit_price,vat_rate,amount,currency,value
 * VIGINT-2026-0001,2026-W47,document_type,,,,,,,invoice
 * VIGINT-2026-0001,2026-W47,issue_date,,,,,,,2026-11-23
 * …
 * VIGINT-2026-0001,2026-W47,seller_vat_id,,,,,,,BE0123456749
 * …
 * VIGINT-2026-0001,2026-W47,line,/api/video/analyze,120,0.05,,6.00,EUR,
 * VIGINT-2026-0001,2026-W47,subtotal,,,,,6.00,EUR,
 * VIGINT-2026-0001,2026-W47,vat,,,,0.21,1.26,EUR,
 * VIGINT-2026-0001,2026-W47,total,,,,,7.26,EUR,
 * </pre>
 *
 * A field that a spreadsheet would take for a formula (starting with {@code = + - @}, and not a number)
 * is prefixed with an apostrophe; endpoints never start that way, so it is a guard, not a change.
 */
public final class CsvInvoiceRenderer extends TextInvoiceRenderer {
    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    /** The header row's columns. */
    public static final List<String> COLUMNS = List.of(
            "invoice_number",
            "period",
            "type",
            "endpoint",
            "count",
            "unit_price",
            "vat_rate",
            "amount",
            "currency",
            "value");
    /**
     * The detail rows' types, in the order they come. Each comes once, with an empty {@code value} where
     * the document has nothing to say (no corrected invoice on an invoice, no VAT ID), except {@code
     * seller_address} and {@code buyer_address}: one row per address line, possibly none.
     */
    public static final List<String> DETAILS = List.of(
            "document_type",
            "corrected_invoice",
            "status",
            "issue_date",
            "supply_date",
            "period_start",
            "period_end",
            "due_date",
            "payment_terms",
            "payment_method",
            "seller_name",
            "seller_address",
            "seller_country",
            "seller_vat_id",
            "seller_registration",
            "seller_iban",
            "seller_bic",
            "seller_email",
            "buyer_name",
            "buyer_address",
            "buyer_country",
            "buyer_vat_id",
            "buyer_email",
            "tax_treatment",
            "vat_category",
            "legal_mention",
            "prices_include_vat",
            "footer");

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    public CsvInvoiceRenderer() {
        super(MEDIA_TYPE, "csv");
    }

    /** The CSV as text. */
    @Override
    public String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(2048);
        record(out, COLUMNS);
        String number = invoice.number();
        String period = invoice.period().label();
        String currency = invoice.currency().getCurrencyCode();
        for (String[] detail : details(invoice)) {
            record(out, List.of(number, period, detail[0], "", "", "", "", "", "", detail[1]));
        }
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
                            currency,
                            ""));
        }
        amount(out, invoice, "subtotal", "", invoice.subtotal());
        amount(out, invoice, "vat", Amounts.rate(invoice.vatRate()), invoice.vatAmount());
        amount(out, invoice, "total", "", invoice.total());
        if (invoice.kind() == InvoiceDocument.Kind.INVOICE
                && invoice.amountPaid().amount().signum() > 0) {
            amount(out, invoice, "paid", "", invoice.amountPaid());
            amount(out, invoice, "amount_due", "", invoice.amountDue());
        }
        return out.toString();
    }

    private static void amount(StringBuilder out, InvoiceDocument invoice, String type, String rate, Money amount) {
        record(
                out,
                List.of(
                        invoice.number(),
                        invoice.period().label(),
                        type,
                        "",
                        "",
                        "",
                        rate,
                        Amounts.amount(amount),
                        invoice.currency().getCurrencyCode(),
                        ""));
    }

    /** The detail rows as (type, value), in {@link #DETAILS} order. */
    private static List<String[]> details(InvoiceDocument invoice) {
        Seller seller = invoice.seller();
        InvoiceDocument.Buyer buyer = invoice.buyer();
        List<String[]> rows = new ArrayList<>();
        rows.add(detail("document_type", invoice.kind().name().toLowerCase(Locale.ROOT)));
        rows.add(detail("corrected_invoice", invoice.correctedInvoice()));
        rows.add(detail("status", invoice.status().name().toLowerCase(Locale.ROOT)));
        rows.add(detail("issue_date", DATE.format(invoice.issueDate())));
        rows.add(detail("supply_date", DATE.format(invoice.supplyDate())));
        rows.add(detail("period_start", DATE.format(invoice.period().start())));
        rows.add(detail("period_end", DATE.format(invoice.period().lastDay())));
        rows.add(detail("due_date", DATE.format(invoice.dueDate())));
        rows.add(detail("payment_terms", invoice.paymentTerms()));
        rows.add(detail("payment_method", invoice.paymentMethod()));
        rows.add(detail("seller_name", seller.name()));
        for (String line : seller.addressLines()) {
            rows.add(detail("seller_address", line));
        }
        rows.add(detail("seller_country", seller.country()));
        rows.add(detail("seller_vat_id", seller.vatId()));
        rows.add(detail("seller_registration", seller.registration()));
        rows.add(detail("seller_iban", seller.iban()));
        rows.add(detail("seller_bic", seller.bic()));
        rows.add(detail("seller_email", seller.email()));
        rows.add(detail("buyer_name", buyer.legalName()));
        for (String line : buyer.addressLines()) {
            rows.add(detail("buyer_address", line));
        }
        rows.add(detail("buyer_country", buyer.country()));
        rows.add(detail("buyer_vat_id", buyer.vatId()));
        rows.add(detail("buyer_email", invoice.clientEmail()));
        rows.add(detail("tax_treatment", invoice.taxTreatment().code()));
        rows.add(detail("vat_category", invoice.taxTreatment().vatCategoryCode()));
        rows.add(detail("legal_mention", invoice.taxTreatment().legalMention()));
        rows.add(detail("prices_include_vat", Boolean.toString(invoice.pricesIncludeVat())));
        rows.add(detail("footer", seller.footer()));
        return rows;
    }

    private static String[] detail(String type, String value) {
        return new String[] {type, value};
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
