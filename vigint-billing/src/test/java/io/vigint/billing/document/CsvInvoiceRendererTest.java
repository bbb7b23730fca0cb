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
    void oneRowPerLineThenSubtotalVatAndTotalWithCrlf() {
        String csv = renderer.text(Invoices.sample());

        assertThat(csv)
                .isEqualTo("invoice_number,period,type,endpoint,count,unit_price,vat_rate,amount,currency\r\n"
                        + "VIGINT-2026-0001,2026-W47,line,/api/video/analyze,120,0.05,,6.00,EUR\r\n"
                        + "VIGINT-2026-0001,2026-W47,line,/api/v1/frames,1000,0.0025,,2.50,EUR\r\n"
                        + "VIGINT-2026-0001,2026-W47,subtotal,,,,,8.50,EUR\r\n"
                        + "VIGINT-2026-0001,2026-W47,vat,,,,0.21,1.79,EUR\r\n"
                        + "VIGINT-2026-0001,2026-W47,total,,,,,10.29,EUR\r\n");
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
                    .contains(",line,/api/video/analyze,25000000,0.05,,1250000.00,EUR\r\n")
                    .contains(",total,,,,,1512500.00,EUR\r\n");
        } finally {
            Locale.setDefault(before);
        }
    }
}
