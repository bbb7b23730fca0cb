package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.money.Money;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    void everyPageEndsWithTheSellersFooterAndItsPageNumber() throws IOException {
        List<InvoiceDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(new InvoiceDocument.Line("/api/endpoint/" + i, 1, Money.of("1", "EUR"), Money.of("1", "EUR")));
        }
        byte[] pdf = renderer.render(Invoices.with(Invoices.domestic(), null, null, null, lines));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .as("page %d", page)
                        .contains("Invoice VIGINT-2026-0042 \u00b7 Page " + page + " of " + pages)
                        .contains("Vigint SA \u00b7 VAT ID BE0123456749 \u00b7 RPM Brussels 0123.456.749")
                        .contains("Late payments bear interest at the statutory rate.");
            }
            stripper.setStartPage(1);
            String all = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(all)
                    .as("the totals and the payment details follow the last line, in that order")
                    .containsSubsequence(
                            "/api/endpoint/120 1 1.00 1.00",
                            "Taxable amount 120.00 VAT 21% 25.20 Total 145.20 EUR",
                            "Payment: Bank transfer Terms: Payment within 30 days of the issue date Pay to: Vigint SA,"
                                    + " IBAN BE71 0961 2345 6769, BIC GKCCBEBB Reference: VIGINT-2026-0042");
        }
    }

    @Test
    void aLongFooterIsWrappedNotCutAndStaysBelowTheContent() throws IOException {
        Seller seller = Invoices.FULL_SELLER;
        String footer =
                "Vigint SA is registered in Brussels. " + "Terms and conditions apply to every order. ".repeat(3);
        Seller wordy = new Seller(
                seller.name(),
                seller.addressLines(),
                seller.country(),
                seller.vatId(),
                seller.registration(),
                seller.iban(),
                seller.bic(),
                seller.email(),
                footer);

        String text = textOf(renderer.render(Invoices.with(Invoices.domestic(), null, wordy, null, null)));

        assertThat(text.replaceAll("\\s+", " ")).contains(footer.strip());
    }

    @Test
    void aFooterTooLongForThePageFootersIsPrintedInFullAfterTheContent() throws IOException {
        Seller seller = Invoices.FULL_SELLER;
        String footer = "General terms: " + "every order is subject to the general terms of sale. ".repeat(12);
        Seller verbose = new Seller(
                seller.name(),
                seller.addressLines(),
                seller.country(),
                seller.vatId(),
                seller.registration(),
                seller.iban(),
                seller.bic(),
                seller.email(),
                footer);

        String text = textOf(renderer.render(Invoices.with(Invoices.domestic(), null, verbose, null, null)))
                .replaceAll("\\s+", " ");

        assertThat(text)
                .containsSubsequence("Reference: VIGINT-2026-0042", footer.strip())
                .contains("... Invoice VIGINT-2026-0042 \u00b7 Page 1 of 1")
                .doesNotContain("Page 2");
    }

    @Test
    void aReverseChargeCustomerWithoutAVatIdIsShownAsSuchRatherThanSilently() throws IOException {
        InvoiceDocument.Buyer buyer = Invoices.reverseCharge().buyer();
        InvoiceDocument invoice = Invoices.with(
                Invoices.reverseCharge(),
                null,
                null,
                new InvoiceDocument.Buyer(buyer.legalName(), buyer.addressLines(), buyer.country(), ""),
                null);

        assertThat(textOf(renderer.render(invoice))).contains("VAT ID: not given");
        assertThat(new HtmlInvoiceRenderer().text(invoice)).contains("VAT ID: not given");
    }

    @Test
    void theStatusMarkShowsEveryStatusButIssued() throws IOException {
        for (InvoiceDocument.Status status : InvoiceDocument.Status.values()) {
            String text = textOf(renderer.render(Invoices.with(Invoices.domestic(), status, null, null, null)));
            String mark = status.name().replace('_', ' ');
            if (status == InvoiceDocument.Status.ISSUED) {
                assertThat(text).doesNotContain(mark);
            } else {
                assertThat(text).as("%s", status).contains("Invoice VIGINT-2026-0042 " + mark + "\n");
            }
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
