package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rendering of every kind of document carries what Directive 2006/112/EC art. 226 requires, plus
 * the payment details and the seller's footer: the HTML page as a reader sees its text, the PDF as
 * PDFBox's {@link PDFTextStripper} reads it back, and the CSV parsed as RFC 4180. The expected texts are
 * written here from the document's fields, not taken from the renderers' own wording.
 */
class Art226ContentTest {
    /** One required item and the text (whitespace-normalised) that shows it. */
    record Item(String what, String text) {}

    static Stream<Arguments> kinds() {
        return Invoices.kinds().entrySet().stream().map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theHtmlPageShowsEveryItem(String kind, InvoiceDocument invoice) {
        String text = visibleText(new HtmlInvoiceRenderer().text(invoice));

        assertShowsEveryItem(text, invoice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void thePdfTextShowsEveryItem(String kind, InvoiceDocument invoice) throws IOException {
        String text = normalised(pdfText(new PdfInvoiceRenderer().render(invoice)));

        assertShowsEveryItem(text, invoice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theCsvHasARowForEveryItem(String kind, InvoiceDocument invoice) {
        List<List<String>> rows = Rfc4180.parse(new CsvInvoiceRenderer().text(invoice));

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(rows.get(0)).as("header").isEqualTo(CsvInvoiceRenderer.COLUMNS);
        for (List<String> row : rows.subList(1, rows.size())) {
            soft.assertThat(row).as("every row has every column: %s", row).hasSize(10);
            soft.assertThat(row.get(0)).as("invoice_number").isEqualTo(invoice.number());
        }
        Seller seller = invoice.seller();
        InvoiceDocument.Buyer buyer = invoice.buyer();
        boolean creditNote = invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
        soft.assertThat(values(rows, "document_type")).containsExactly(creditNote ? "credit_note" : "invoice");
        soft.assertThat(values(rows, "corrected_invoice")).containsExactly(creditNote ? "VIGINT-2026-0042" : "");
        soft.assertThat(values(rows, "issue_date"))
                .containsExactly(invoice.issueDate().toString());
        soft.assertThat(values(rows, "supply_date")).containsExactly("2026-11-30");
        soft.assertThat(values(rows, "period_start")).containsExactly("2026-11-01");
        soft.assertThat(values(rows, "period_end")).containsExactly("2026-11-30");
        soft.assertThat(values(rows, "due_date"))
                .containsExactly(invoice.dueDate().toString());
        soft.assertThat(values(rows, "status"))
                .containsExactly(invoice.status().name().toLowerCase(java.util.Locale.ROOT));
        soft.assertThat(values(rows, "seller_name")).containsExactly("Vigint SA");
        soft.assertThat(values(rows, "seller_address")).containsExactly("Rue de la Loi 16", "1000 Brussels");
        soft.assertThat(values(rows, "seller_country")).containsExactly("BE");
        soft.assertThat(values(rows, "seller_vat_id")).containsExactly("BE0123456749");
        soft.assertThat(values(rows, "seller_registration")).containsExactly("RPM Brussels 0123.456.749");
        soft.assertThat(values(rows, "seller_iban")).containsExactly("BE71 0961 2345 6769");
        soft.assertThat(values(rows, "seller_bic")).containsExactly("GKCCBEBB");
        soft.assertThat(values(rows, "footer")).containsExactly(seller.footer());
        soft.assertThat(values(rows, "buyer_name")).containsExactly(buyer.legalName());
        soft.assertThat(values(rows, "buyer_address")).containsExactlyElementsOf(buyer.addressLines());
        soft.assertThat(values(rows, "buyer_country")).containsExactly(buyer.country());
        soft.assertThat(values(rows, "buyer_vat_id")).containsExactly(buyer.vatId());
        soft.assertThat(values(rows, "buyer_email")).containsExactly(invoice.clientEmail());
        soft.assertThat(values(rows, "tax_treatment"))
                .containsExactly(invoice.taxTreatment().code());
        soft.assertThat(values(rows, "legal_mention"))
                .containsExactly(invoice.taxTreatment().legalMention());
        soft.assertThat(values(rows, "payment_terms")).containsExactly(invoice.paymentTerms());
        List<List<String>> lines =
                rows.stream().filter(row -> row.get(2).equals("line")).toList();
        soft.assertThat(lines).hasSameSizeAs(invoice.lines());
        for (int i = 0; i < Math.min(lines.size(), invoice.lines().size()); i++) {
            InvoiceDocument.Line line = invoice.lines().get(i);
            soft.assertThat(lines.get(i).subList(3, 10))
                    .as("line %d: endpoint, count, unit price, vat rate, amount, currency, value", i)
                    .containsExactly(
                            line.endpoint(),
                            Long.toString(line.count()),
                            Amounts.unitPrice(line.unitPrice()),
                            "",
                            Amounts.amount(line.amount()),
                            "EUR",
                            "");
        }
        soft.assertThat(amountRow(rows, "subtotal")).containsExactly("", Amounts.amount(invoice.subtotal()));
        soft.assertThat(amountRow(rows, "vat"))
                .containsExactly(Amounts.rate(invoice.vatRate()), Amounts.amount(invoice.vatAmount()));
        soft.assertThat(amountRow(rows, "total")).containsExactly("", Amounts.amount(invoice.total()));
        if (invoice.amountPaid().amount().signum() > 0) {
            soft.assertThat(amountRow(rows, "paid")).containsExactly("", "100.00");
            soft.assertThat(amountRow(rows, "amount_due")).containsExactly("", "151.32");
        } else {
            soft.assertThat(values(rows, "paid"))
                    .as("no paid row when nothing was paid")
                    .isEmpty();
            soft.assertThat(values(rows, "amount_due")).isEmpty();
        }
        soft.assertAll();
    }

    /** The items of {@code invoice}, written from its fields with the labels a reader looks for. */
    static List<Item> items(InvoiceDocument invoice) {
        List<Item> items = new ArrayList<>();
        boolean creditNote = invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
        items.add(new Item(
                "(2) the sequential number, with the kind",
                (creditNote ? "Credit note " : "Invoice ") + invoice.number()));
        items.add(new Item("(1) the issue date", "Issue date " + invoice.issueDate()));
        items.add(new Item(
                "(3) the seller's VAT ID", "VAT ID: " + invoice.seller().vatId()));
        if (!invoice.buyer().vatId().isEmpty()) {
            items.add(new Item(
                    "(4) the customer's VAT ID", "VAT ID: " + invoice.buyer().vatId()));
        }
        items.add(new Item("(5) the seller's name and address", "Vigint SA Rue de la Loi 16 1000 Brussels Belgium"));
        items.add(new Item(
                "(5) the customer's name and address",
                invoice.buyer().legalName() + " "
                        + String.join(" ", invoice.buyer().addressLines()) + " "
                        + countryName(invoice.buyer().country())));
        items.add(new Item("(7) the date of supply", "Date of supply 2026-11-30"));
        items.add(new Item("the period", "Period 2026-11 (2026-11-01 to 2026-11-30)"));
        items.add(new Item("(6)/(8) the unit price excluding VAT", "Unit price"));
        items.add(new Item("(6)/(8) prices are excluding VAT", "excl. VAT"));
        items.add(new Item("(6) the quantity", "Quantity (calls)"));
        for (InvoiceDocument.Line line : invoice.lines()) {
            items.add(new Item(
                    "(6)/(8) quantity, nature, unit price and amount of " + line.endpoint(),
                    line.endpoint() + " " + line.count() + " " + Amounts.unitPrice(line.unitPrice()) + " "
                            + Amounts.amount(line.amount())));
        }
        items.add(new Item("(8) the taxable amount", "Taxable amount " + Amounts.amount(invoice.subtotal())));
        items.add(new Item(
                "(9)/(10) the VAT rate and the VAT amount",
                "VAT " + Amounts.percent(invoice.vatRate()) + " " + Amounts.amount(invoice.vatAmount())));
        items.add(new Item("the total", "Total " + Amounts.amount(invoice.total()) + " EUR"));
        if (!invoice.taxTreatment().legalMention().isEmpty()) {
            items.add(new Item(
                    "(11)/(11a) the legal mention", invoice.taxTreatment().legalMention()));
        }
        if (creditNote) {
            items.add(new Item("the invoice a credit note corrects", "Corrects invoice " + invoice.correctedInvoice()));
        } else {
            items.add(new Item("the due date", "Due date " + invoice.dueDate()));
            items.add(new Item("the payment terms", "Terms: " + invoice.paymentTerms()));
            items.add(new Item(
                    "where to pay: the seller's account in full",
                    "Pay to: Vigint SA, IBAN BE71 0961 2345 6769, BIC GKCCBEBB"));
            items.add(new Item("the payment reference", "Reference: " + invoice.number()));
            items.add(new Item("how the client pays", "Payment: " + invoice.paymentMethod()));
        }
        items.add(new Item("the seller's registration", "RPM Brussels 0123.456.749"));
        items.add(new Item("the seller's footer", invoice.seller().footer()));
        if (invoice.amountPaid().amount().signum() > 0) {
            items.add(new Item("the amount paid", "Paid " + Amounts.amount(invoice.amountPaid())));
            items.add(new Item("the amount due", "Amount due " + Amounts.amount(invoice.amountDue()) + " EUR"));
        }
        if (invoice.status() != InvoiceDocument.Status.ISSUED) {
            items.add(new Item("the status mark", invoice.status().name().replace('_', ' ')));
        }
        return items;
    }

    private static void assertShowsEveryItem(String text, InvoiceDocument invoice) {
        SoftAssertions soft = new SoftAssertions();
        for (Item item : items(invoice)) {
            soft.assertThat(text).as(item.what()).contains(item.text());
        }
        if (invoice.taxTreatment().legalMention().isEmpty()) {
            soft.assertThat(text).as("no 0% mention on a domestic invoice").doesNotContain("Directive 2006/112/EC");
        }
        if (invoice.amountPaid().amount().signum() == 0) {
            soft.assertThat(text).as("nothing paid, no amount due line").doesNotContain("Amount due");
        }
        if (invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE) {
            soft.assertThat(text).as("a credit note is not paid to the seller").doesNotContain("Pay to:");
        }
        if (invoice.buyer().vatId().isEmpty()) {
            soft.assertThat(text.split("VAT ID: ", -1))
                    .as("only the seller's VAT ID when the customer has none")
                    .hasSize(2);
        }
        soft.assertAll();
    }

    private static String countryName(String code) {
        return Map.of("BE", "Belgium", "DE", "Germany", "US", "United States").get(code);
    }

    /** The text a reader sees in the page's body: tags dropped, entities decoded, whitespace normalised. */
    static String visibleText(String html) {
        String body = html.substring(html.indexOf("<body>"));
        String text = body.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return normalised(text);
    }

    static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> values(List<List<String>> rows, String type) {
        return rows.stream()
                .filter(row -> row.size() > 9 && row.get(2).equals(type))
                .map(row -> row.get(9))
                .toList();
    }

    /** The {@code vat_rate} and {@code amount} of the one row of {@code type}, checking its currency. */
    private static List<String> amountRow(List<List<String>> rows, String type) {
        List<List<String>> matching =
                rows.stream().filter(row -> row.get(2).equals(type)).toList();
        assertThat(matching).as("one %s row", type).hasSize(1);
        assertThat(matching.get(0).get(8)).isEqualTo("EUR");
        return List.of(matching.get(0).get(6), matching.get(0).get(7));
    }

    /** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes and embedded line breaks. */
    static final class Rfc4180 {
        private Rfc4180() {}

        static List<List<String>> parse(String csv) {
            assertThat(csv).as("ends with CRLF").endsWith("\r\n");
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < csv.length(); i++) {
                char c = csv.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    assertThat(field)
                            .as("a quote opens a field only at its start")
                            .isEmpty();
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    assertThat(csv.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    assertThat(c).as("no bare LF between records").isNotEqualTo('\n');
                    field.append(c);
                }
            }
            assertThat(quoted).as("every quote is closed").isFalse();
            return records;
        }
    }
}
