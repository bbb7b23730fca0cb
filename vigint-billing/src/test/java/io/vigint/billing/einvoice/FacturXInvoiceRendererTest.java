package io.vigint.billing.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.billing.document.InvoiceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

public class FacturXInvoiceRendererTest {
    private final FacturXInvoiceRenderer renderer = new FacturXInvoiceRenderer();

    private static void assertValid(String name, byte[] pdf) {
        FacturXValidation.Report report = FacturXValidation.validate(pdf, name + ".pdf");
        System.out.println(name + " — Mustang: " + (report.valid() ? "valid" : "INVALID") + "\n" + report.xml());
        assertThat(report.valid())
                .as("Mustang's report on the %s:\n%s", name, report.xml())
                .isTrue();
    }

    /** The attached {@code factur-x.xml}. */
    public static String facturXml(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDEmbeddedFilesNameTreeNode files = names.getEmbeddedFiles();
            PDComplexFileSpecification spec = files.getNames().get("factur-x.xml");
            assertThat(spec).as("factur-x.xml attached").isNotNull();
            return new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDomesticInvoiceIsValidFacturXWithTheCiiOfTheEn16931Profile() throws IOException {
        byte[] pdf = renderer.render(EInvoices.domestic());
        assertValid("domestic invoice", pdf);
        String xml = facturXml(pdf);
        assertThat(xml)
                .contains("urn:cen.eu:en16931:2017")
                .contains("<ram:TypeCode>380</ram:TypeCode>")
                .contains("VIGINT-2026-0042")
                .contains("BE0403019261")
                .contains("<ram:GrandTotalAmount>8.75</ram:GrandTotalAmount>")
                .contains("<ram:DuePayableAmount>8.75</ram:DuePayableAmount>");
    }

    @Test
    void aCreditNoteIsValidFacturXWithType381AndTheInvoiceItCorrects() throws IOException {
        InvoiceDocument note = EInvoices.creditNote();
        byte[] pdf = renderer.render(note);
        assertValid("credit note", pdf);
        assertThat(facturXml(pdf))
                .contains("<ram:TypeCode>381</ram:TypeCode>")
                .contains("<ram:InvoiceReferencedDocument>")
                .contains("VIGINT-2026-0042");
    }

    @Test
    void aReverseChargeInvoiceIsValidFacturX() {
        assertValid("reverse-charge invoice", renderer.render(EInvoices.reverseCharge()));
    }

    @Test
    void anInvoiceOutsideTheEuIsValidFacturX() {
        assertValid("outside-EU invoice", renderer.render(EInvoices.outsideEu()));
    }

    @Test
    void thePlainPdfIsNotFacturXSoTheValidatorCanFail() {
        byte[] plain = new io.vigint.billing.document.PdfInvoiceRenderer().render(EInvoices.domestic());
        assertThat(FacturXValidation.validate(plain, "plain.pdf").valid()).isFalse();
    }

    @Test
    void theVisiblePdfIsTheInvoiceInEmbeddedFonts() throws IOException {
        byte[] pdf = renderer.render(EInvoices.domestic());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("VIGINT-2026-0042")
                    .contains("8.75");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded())
                        .as("font %s embedded", font.getName())
                        .isTrue();
            }
            assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        }
    }
}
