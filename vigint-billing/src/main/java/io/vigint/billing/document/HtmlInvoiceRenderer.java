package io.vigint.billing.document;

import java.util.List;

/**
 * The invoice or credit note as one self-contained HTML page: inline CSS, no scripts, no external
 * resources, every text from the document escaped. It shows everything {@link InvoiceContent} words:
 * the art. 226 content, the payment details and the seller's footer. Also the HTML body of the invoice
 * email.
 */
public final class HtmlInvoiceRenderer extends TextInvoiceRenderer {
    public static final String MEDIA_TYPE = "text/html; charset=utf-8";

    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:2em;"
            + "max-width:60em;}"
            + "h1{font-size:1.6em;margin:0 .6em .2em 0;display:inline-block;}"
            + "h2{font-size:1em;margin:0 0 .3em 0;color:#555;text-transform:uppercase;letter-spacing:.05em;}"
            + ".status{display:inline-block;padding:.1em .5em;border:2px solid #b00;color:#b00;font-weight:bold;"
            + "vertical-align:top;margin:0;}"
            + ".status.note{border-color:#2a6f2a;color:#2a6f2a;}"
            + "p{margin:.2em 0;}"
            + "table{border-collapse:collapse;margin-top:1em;min-width:60%;}"
            + "th,td{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top;}"
            + "table.meta th{padding-left:0;}"
            + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;}"
            + "table.lines{width:100%;}"
            + "tr.total td{font-weight:bold;border-top:2px solid #222;}"
            + ".parties{display:flex;gap:4em;margin-top:1.2em;}"
            + ".parties>div{flex:1;}"
            + ".mention{margin-top:1em;padding:.5em .8em;border-left:4px solid #444;background:#f4f4f4;}"
            + ".payment{margin-top:1.5em;}"
            + "footer{margin-top:2em;padding-top:.5em;border-top:1px solid #ccc;font-size:.85em;color:#555;}"
            + ".muted{color:#666;}";

    public HtmlInvoiceRenderer() {
        super(MEDIA_TYPE, "html");
    }

    /** The page as text. */
    @Override
    public String text(InvoiceDocument invoice) {
        StringBuilder out = new StringBuilder(6144);
        String currency = invoice.currency().getCurrencyCode();
        String title = InvoiceContent.title(invoice);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<title>")
                .append(escape(title))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(escape(title)).append("</h1>\n");
        String mark = InvoiceContent.mark(invoice);
        if (!mark.isEmpty()) {
            out.append(InvoiceContent.markWarns(invoice) ? "<p class=\"status\">" : "<p class=\"status note\">")
                    .append(escape(mark))
                    .append("</p>\n");
        }
        out.append("</header>\n");

        out.append("<div class=\"parties\">\n<div class=\"seller\"><h2>From</h2>\n");
        party(out, InvoiceContent.seller(invoice), false);
        out.append("</div>\n<div class=\"client\"><h2>Bill to</h2>\n");
        party(out, InvoiceContent.buyer(invoice), true);
        out.append("</div>\n</div>\n");

        out.append("<table class=\"meta\">\n");
        for (InvoiceContent.Row detail : InvoiceContent.details(invoice)) {
            row(out, detail.label(), detail.value());
        }
        out.append("</table>\n");

        List<String> headers = InvoiceContent.lineHeaders();
        out.append("<table class=\"lines\">\n<thead><tr><th>")
                .append(escape(headers.get(0)))
                .append("</th><th class=\"num\">")
                .append(escape(headers.get(1)))
                .append("</th><th class=\"num\">")
                .append(escape(headers.get(2) + " (" + currency + ")"))
                .append("</th><th class=\"num\">")
                .append(escape(headers.get(3) + " (" + currency + ")"))
                .append("</th></tr></thead>\n<tbody>\n");
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
        for (InvoiceContent.Row total : InvoiceContent.totals(invoice)) {
            summary(out, total.label(), total.value(), total.strong() ? " class=\"total\"" : "");
        }
        out.append("</tfoot>\n</table>\n");
        String mention = InvoiceContent.legalMention(invoice);
        if (!mention.isEmpty()) {
            out.append("<p class=\"mention\">").append(escape(mention)).append("</p>\n");
        }
        List<InvoiceContent.Row> payment = InvoiceContent.payment(invoice);
        if (!payment.isEmpty()) {
            out.append("<section class=\"payment\">\n");
            for (InvoiceContent.Row row : payment) {
                out.append("<p>").append(escape(row.inline())).append("</p>\n");
            }
            out.append("</section>\n");
        }
        out.append("<footer>\n");
        for (String line : InvoiceContent.footer(invoice)) {
            out.append("<p>").append(escape(line)).append("</p>\n");
        }
        out.append("</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    /** A party: name and address as one paragraph, its identifiers as another; the buyer's email in grey. */
    private static void party(StringBuilder out, InvoiceContent.Party party, boolean lastMuted) {
        out.append("<p>").append(lines(party.address(), -1)).append("</p>\n");
        if (!party.identifiers().isEmpty()) {
            int muted = lastMuted ? party.identifiers().size() - 1 : -1;
            out.append("<p class=\"ids\">")
                    .append(lines(party.identifiers(), muted))
                    .append("</p>\n");
        }
    }

    private static String lines(List<String> lines, int muted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "<br>");
            if (i == muted) {
                out.append("<span class=\"muted\">")
                        .append(escape(lines.get(i)))
                        .append("</span>");
            } else {
                out.append(escape(lines.get(i)));
            }
        }
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
