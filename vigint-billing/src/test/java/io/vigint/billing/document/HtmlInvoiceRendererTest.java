package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlInvoiceRendererTest {
    private final HtmlInvoiceRenderer renderer = new HtmlInvoiceRenderer();

    @Test
    void showsTheNumberPeriodLinesAndTotalsWithTwoDecimals() {
        String html = renderer.text(Invoices.sample());

        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<title>Invoice VIGINT-2026-0001</title>")
                .contains("2026-W47 (2026-11-16 to 2026-11-22)")
                .contains("<td>/api/video/analyze</td><td class=\"num\">120</td><td class=\"num\">0.05</td>"
                        + "<td class=\"num\">6.00</td>")
                .contains("<td class=\"num\">0.0025</td><td class=\"num\">2.50</td>")
                .contains("Taxable amount</td><td class=\"num\">8.50</td>")
                .contains("VAT 21%</td><td class=\"num\">1.79</td>")
                .contains("Total</td><td class=\"num\">10.29 EUR</td>")
                .contains("Vigint SA<br>Rue de la Loi 16<br>1000 Brussels")
                .contains("Payment: Direct debit from BE** **** **** 7871");
    }

    @Test
    void aClientNameWithMarkupIsEscapedNotInterpreted() {
        String html = renderer.text(Invoices.sample("<script>alert('x')</script> Smith & \"Sons\""));

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("alert('x')")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Smith &amp; &quot;Sons&quot;");
    }

    @Test
    void isSelfContainedWithNoExternalResourcesOrScripts() {
        String html = renderer.text(Invoices.sample());

        assertThat(html).doesNotContainPattern("(?i)<script|<link|<img|src=|href=|url\\(");
        assertThat(html).contains("<meta charset=\"utf-8\">");
    }

    @Test
    void aVoidInvoiceSaysSoAtTheTop() {
        InvoiceDocument sample = Invoices.sample();
        InvoiceDocument voided = new InvoiceDocument(
                sample.number(),
                sample.issueDate(),
                InvoiceDocument.Status.VOID,
                sample.seller(),
                sample.clientName(),
                sample.clientEmail(),
                sample.period(),
                sample.currency(),
                sample.lines(),
                sample.subtotal(),
                sample.vatRate(),
                sample.vatAmount(),
                sample.total(),
                sample.paymentMethod());

        assertThat(renderer.text(voided)).contains("<p class=\"status\">VOID</p>");
        assertThat(renderer.text(sample)).doesNotContain("class=\"status\"");
    }

    @Test
    void draftVoidAndOverdueWarnWhileTheOtherStatusesInform() {
        for (InvoiceDocument.Status status : InvoiceDocument.Status.values()) {
            String html = renderer.text(Invoices.with(Invoices.domestic(), status, null, null, null));
            String mark = status.name().replace('_', ' ');
            switch (status) {
                case ISSUED -> assertThat(html).doesNotContain("class=\"status");
                case DRAFT, VOID, OVERDUE -> assertThat(html).contains("<p class=\"status\">" + mark + "</p>");
                default -> assertThat(html).contains("<p class=\"status note\">" + mark + "</p>");
            }
        }
    }

    @Test
    void theNewDetailsAreEscapedToo() {
        InvoiceDocument.Buyer buyer = new InvoiceDocument.Buyer(
                "Evil <b>Corp</b>", List.of("<script>x()</script> Street 1"), "FR", "FR\"><i>");
        String html = renderer.text(Invoices.with(Invoices.domestic(), null, null, buyer, null));

        assertThat(html)
                .contains("Evil &lt;b&gt;Corp&lt;/b&gt;")
                .contains("&lt;script&gt;x()&lt;/script&gt; Street 1")
                .contains("VAT ID: FR&quot;&gt;&lt;i&gt;")
                .doesNotContain("<script>", "<b>Corp", "<i>");
    }

    @Test
    void aCreditNoteIsTitledAsOneAndNamesTheInvoiceItCorrects() {
        String html = renderer.text(Invoices.creditNote());

        assertThat(html)
                .contains("<title>Credit note VIGINT-CN-2026-0001</title>")
                .contains("<h1>Credit note VIGINT-CN-2026-0001</h1>")
                .contains("<tr><th>Corrects invoice</th><td>VIGINT-2026-0042</td></tr>")
                .doesNotContain("Due date", "Pay to");
    }

    @Test
    void theBytesAreUtf8() {
        byte[] bytes = renderer.render(Invoices.sample("Zoë Ünal"));

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Zoë Ünal");
        assertThat(renderer.mediaType()).isEqualTo("text/html; charset=utf-8");
    }
}
