package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvInvoiceRendererTest {
    private final CsvInvoiceRenderer renderer = new CsvInvoiceRenderer();

    @Test
    void detailRowsThenOneRowPerLineThenSubtotalVatAndTotalWithCrlf() {
        String csv = renderer.text(Invoices.sample());

        String details = "VIGINT-2026-0001,2026-W47,%s,,,,,,,%s\r\n";
        assertThat(csv)
                .isEqualTo("invoice_number,period,type,endpoint,count,unit_price,vat_rate,amount,currency,value\r\n"
                        + details.formatted("document_type", "invoice")
                        + details.formatted("corrected_invoice", "")
                        + details.formatted("status", "issued")
                        + details.formatted("issue_date", "2026-11-23")
                        + details.formatted("supply_date", "2026-11-22")
                        + details.formatted("period_start", "2026-11-16")
                        + details.formatted("period_end", "2026-11-22")
                        + details.formatted("due_date", "2026-11-23")
                        + details.formatted("payment_terms", "")
                        + details.formatted("payment_method", "Direct debit from BE** **** **** 7871")
                        + details.formatted("seller_name", "Vigint SA")
                        + details.formatted("seller_address", "Rue de la Loi 16")
                        + details.formatted("seller_address", "1000 Brussels")
                        + details.formatted("seller_country", "")
                        + details.formatted("seller_vat_id", "")
                        + details.formatted("seller_registration", "")
                        + details.formatted("seller_iban", "")
                        + details.formatted("seller_bic", "")
                        + details.formatted("seller_email", "")
                        + details.formatted("buyer_name", "Acme Security")
                        + details.formatted("buyer_country", "")
                        + details.formatted("buyer_vat_id", "")
                        + details.formatted("buyer_email", "billing@acme.example")
                        + details.formatted("tax_treatment", "domestic")
                        + details.formatted("vat_category", "S")
                        + details.formatted("legal_mention", "")
                        + details.formatted("prices_include_vat", "false")
                        + details.formatted("footer", "")
                        + "VIGINT-2026-0001,2026-W47,line,/api/video/analyze,120,0.05,,6.00,EUR,\r\n"
                        + "VIGINT-2026-0001,2026-W47,line,/api/v1/frames,1000,0.0025,,2.50,EUR,\r\n"
                        + "VIGINT-2026-0001,2026-W47,subtotal,,,,,8.50,EUR,\r\n"
                        + "VIGINT-2026-0001,2026-W47,vat,,,,0.21,1.79,EUR,\r\n"
                        + "VIGINT-2026-0001,2026-W47,total,,,,,10.29,EUR,\r\n");
    }

    @Test
    void theRowsOfTheFirstVersionKeepTheirColumnsAndValues() {
        List<String> rows = List.of(renderer.text(Invoices.sample()).split("\r\n"));

        assertThat(CsvInvoiceRenderer.COLUMNS.subList(0, 9))
                .containsExactly(
                        "invoice_number",
                        "period",
                        "type",
                        "endpoint",
                        "count",
                        "unit_price",
                        "vat_rate",
                        "amount",
                        "currency");
        assertThat(rows.stream().filter(row -> row.contains(",line,") || row.matches(".*,(subtotal|vat|total),.*")))
                .containsExactly(
                        "VIGINT-2026-0001,2026-W47,line,/api/video/analyze,120,0.05,,6.00,EUR,",
                        "VIGINT-2026-0001,2026-W47,line,/api/v1/frames,1000,0.0025,,2.50,EUR,",
                        "VIGINT-2026-0001,2026-W47,subtotal,,,,,8.50,EUR,",
                        "VIGINT-2026-0001,2026-W47,vat,,,,0.21,1.79,EUR,",
                        "VIGINT-2026-0001,2026-W47,total,,,,,10.29,EUR,");
    }

    @Test
    void aPartlyPaidInvoiceEndsWithPaidAndAmountDueRows() {
        String csv = renderer.text(Invoices.partiallyPaid());

        assertThat(csv)
                .endsWith("VIGINT-2026-0045,2026-11,total,,,,,251.32,EUR,\r\n"
                        + "VIGINT-2026-0045,2026-11,paid,,,,,100.00,EUR,\r\n"
                        + "VIGINT-2026-0045,2026-11,amount_due,,,,,151.32,EUR,\r\n");
        assertThat(renderer.text(Invoices.domestic())).doesNotContain(",paid,", ",amount_due,");
    }

    @Test
    void detailValuesAreQuotedAndDefusedLikeAnyOtherField() {
        InvoiceDocument invoice = Invoices.reverseCharge();
        Seller seller = invoice.seller();
        Seller hostile = new Seller(
                seller.name(),
                List.of("Quai \"Nord\", 2", "=HYPERLINK(\"http://x\")"),
                seller.country(),
                seller.vatId(),
                seller.registration(),
                seller.iban(),
                seller.bic(),
                seller.email(),
                "@SUM(A1)\nline two");
        InvoiceDocument document = new InvoiceDocument(
                invoice.number(),
                invoice.issueDate(),
                invoice.status(),
                hostile,
                invoice.clientName(),
                invoice.clientEmail(),
                invoice.period(),
                invoice.currency(),
                invoice.lines(),
                invoice.subtotal(),
                invoice.vatRate(),
                invoice.vatAmount(),
                invoice.total(),
                invoice.paymentMethod(),
                invoice.kind(),
                invoice.correctedInvoice(),
                invoice.buyer(),
                invoice.supplyDate(),
                invoice.dueDate(),
                invoice.paymentTerms(),
                invoice.taxTreatment(),
                invoice.pricesIncludeVat(),
                invoice.amountPaid());

        assertThat(renderer.text(document))
                .contains(",seller_address,,,,,,,\"Quai \"\"Nord\"\", 2\"\r\n")
                .contains(",seller_address,,,,,,,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n")
                .contains(",footer,,,,,,,\"'@SUM(A1)\nline two\"\r\n")
                .contains(",legal_mention,,,,,,,\"Reverse charge: VAT to be accounted for by the customer"
                        + " (Article 196, Directive 2006/112/EC)\"\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(CsvInvoiceRenderer.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvInvoiceRenderer.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvInvoiceRenderer.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CsvInvoiceRenderer.field("/api/plain")).isEqualTo("/api/plain");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvInvoiceRenderer.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvInvoiceRenderer.field("-1.50")).isEqualTo("-1.50");
    }

    @Test
    void largeAmountsHaveNoThousandsSeparatorsInAnyLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            InvoiceDocument big = Invoices.withLines(1);
            InvoiceDocument document = new InvoiceDocument(
                    big.number(),
                    big.issueDate(),
                    big.status(),
                    big.seller(),
                    big.clientName(),
                    big.clientEmail(),
                    big.period(),
                    big.currency(),
                    List.of(new InvoiceDocument.Line(
                            "/api/video/analyze", 25_000_000, Money.of("0.05", "EUR"), Money.of("1250000", "EUR"))),
                    Money.of("1250000", "EUR"),
                    new BigDecimal("0.21"),
                    Money.of("262500", "EUR"),
                    Money.of("1512500", "EUR"),
                    big.paymentMethod());

            assertThat(renderer.text(document))
                    .contains(",line,/api/video/analyze,25000000,0.05,,1250000.00,EUR,\r\n")
                    .contains(",total,,,,,1512500.00,EUR,\r\n");
        } finally {
            Locale.setDefault(before);
        }
    }
}
