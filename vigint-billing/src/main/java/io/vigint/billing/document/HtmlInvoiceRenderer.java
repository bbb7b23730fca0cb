package io.vigint.billing.document;

import java.time.format.DateTimeFormatter;

/**
 * The invoice as one self-contained HTML page: inline CSS, no scripts, no external resources, every
 * text from the invoice escaped. Also the HTML body of the invoice email.
 */
public final class HtmlInvoiceRenderer extends TextInvoiceRenderer {
    public static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:2em;}"
            + "h1{font-size:1.6em;margin:0 0 .2em 0;}"
            + ".status{display:inline-block;padding:.1em .5em;border:2px solid #b00;color:#b00;font-weight:bold;}"
            + "table{border-collapse:collapse;margin-top:1em;min-width:60%;}"
            + "th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;}"
            + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;}"
            + "tr.total td{font-weight:bold;border-top:2px solid #222;}"
            + ".parties{display:flex;gap:4em;margin-top:1em;}"
            + ".muted{color:#666;}";

    public HtmlInvoiceRenderer() {
        super(MEDIA_TYPE, "html");
    }

    /** The page as text. */
    @Override
    public String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(4096);
        String currency = invoice.currency().getCurrencyCode();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>Invoice ")
                .append(escape(invoice.number()))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        out.append("<h1>Invoice ").append(escape(invoice.number())).append("</h1>\n");
        if (invoice.status() == InvoiceDocument.Status.DRAFT || invoice.status() == InvoiceDocument.Status.VOID) {
            out.append("<p class=\"status\">")
                    .append(escape(invoice.status().label().toUpperCase(java.util.Locale.ROOT)))
                    .append("</p>\n");
        }
        out.append("<table class=\"meta\">\n");
        row(out, "Issue date", DATE.format(invoice.issueDate()));
        row(out, "Status", invoice.status().label());
        row(
                out,
                "Period",
                invoice.period().label() + " (" + DATE.format(invoice.period().start()) + " to "
                        + DATE.format(invoice.period().lastDay()) + ")");
        out.append("</table>\n");

        out.append("<div class=\"parties\">\n<div class=\"seller\"><h2>From</h2>\n<p>")
                .append(escape(invoice.seller().name()));
        for (String line : invoice.seller().addressLines()) {
            out.append("<br>").append(escape(line));
        }
        out.append("</p></div>\n<div class=\"client\"><h2>Bill to</h2>\n<p>")
                .append(escape(invoice.clientName()))
                .append("<br><span class=\"muted\">")
                .append(escape(invoice.clientEmail()))
                .append("</span></p></div>\n</div>\n");

        out.append("<table class=\"lines\">\n<thead><tr><th>Endpoint</th><th class=\"num\">Calls</th>")
                .append("<th class=\"num\">Unit price (")
                .append(escape(currency))
                .append(")</th><th class=\"num\">Amount (")
                .append(escape(currency))
                .append(")</th></tr></thead>\n<tbody>\n");
        if (invoice.lines().isEmpty()) {
            out.append("<tr><td colspan=\"4\" class=\"muted\">No usage in this period</td></tr>\n");
        }
        for (InvoiceDocument.Line line : invoice.lines()) {
            out.append("<tr><td>")
                    .append(escape(line.endpoint()))
                    .append("</td><td class=\"num\">")
                    .append(line.count())
                    .append("</td><td class=\"num\">")
                    .append(Amounts.unitPrice(line.unitPrice()))
                    .append("</td><td class=\"num\">")
                    .append(Amounts.amount(line.amount()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n<tfoot>\n");
        summary(out, "Subtotal", Amounts.amount(invoice.subtotal()), "");
        summary(out, "VAT " + Amounts.percent(invoice.vatRate()), Amounts.amount(invoice.vatAmount()), "");
        summary(out, "Total", Amounts.withCurrency(invoice.total()), " class=\"total\"");
        out.append("</tfoot>\n</table>\n");
        out.append("<p>Payment: ").append(escape(invoice.paymentMethod())).append("</p>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append("<tr><th>")
                .append(escape(label))
                .append("</th><td>")
                .append(escape(value))
                .append("</td></tr>\n");
    }

    private static void summary(StringBuilder out, String label, String amount, String rowClass) {
        out.append("<tr")
                .append(rowClass)
                .append("><td colspan=\"3\">")
                .append(escape(label))
                .append("</td><td class=\"num\">")
                .append(escape(amount))
                .append("</td></tr>\n");
    }

    /** {@code text} safe inside HTML text and double- or single-quoted attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
