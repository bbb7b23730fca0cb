package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfInvoiceRendererTest {
    private final PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();

    @Test
    void thePdfReadsBackWithTheNumberLinesAndTotals() throws IOException {
        byte[] pdf = renderer.render(Invoices.sample());

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Invoice VIGINT-2026-0001");
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Invoice VIGINT-2026-0001")
                    .contains("Acme Security")
                    .contains("2026-W47 (2026-11-16 to 2026-11-22)")
                    .containsPattern("/api/video/analyze\\s+120\\s+0\\.05\\s+6\\.00")
                    .containsPattern("/api/v1/frames\\s+1000\\s+0\\.0025\\s+2\\.50")
                    .containsPattern("Taxable amount\\s+8\\.50")
                    .containsPattern("VAT 21%\\s+1\\.79")
                    .containsPattern("Total\\s+10\\.29 EUR")
                    .contains("Payment: Direct debit from BE** **** **** 7871");
        }
    }

    @Test
    void westernEuropeanNamesKeepTheirAccents() throws IOException {
        String text = textOf(renderer.render(Invoices.sample("Zoë Ünal, Kraków")));

        assertThat(text).contains("Zoë Ünal, Kraków");
    }

    @Test
    void charactersTheStandardFontsCannotEncodeAreReplacedInsteadOfFailing() throws IOException {
        String text = textOf(renderer.render(Invoices.sample("Łódź Świętokrzyska 東京 ☃")));

        assertThat(text).contains("?ódz Swietokrzyska ?? ?");
    }

    @Test
    void replacementKeepsEncodableTextAndStripsAccentsItCannotEncode() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

        assertThat(PdfInvoiceRenderer.encodable("Zoë", helvetica)).isEqualTo("Zoë");
        assertThat(PdfInvoiceRenderer.encodable("ś\u0000t", helvetica)).isEqualTo("s t");
        assertThat(PdfInvoiceRenderer.encodable("\uD83D\uDE00", helvetica)).isEqualTo("?");
    }

    @Test
    void manyLinesContinueOnFurtherPagesAndNoneIsLost() throws IOException {
        byte[] pdf = renderer.render(Invoices.withLines(120));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            for (int i = 1; i <= 120; i++) {
                assertThat(text).containsPattern("/api/endpoint/" + i + "\\s+1\\s+1\\.00\\s+1\\.00");
            }
            assertThat(text).containsPattern("Total\\s+145\\.20 EUR");
        }
    }

    @Test
    void aVeryLongClientNameIsShortenedToFitItsColumn() throws IOException {
        String text = textOf(renderer.render(Invoices.sample("A".repeat(300))));

        assertThat(text).contains("AAA...").doesNotContain("A".repeat(300));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
