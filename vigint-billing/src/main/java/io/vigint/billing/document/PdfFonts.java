package io.vigint.billing.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts a {@link PdfInvoiceRenderer} draws with: the regular and the bold face, made for one
 * document.
 */
public interface PdfFonts {
    /** The body font. */
    PDFont regular(PDDocument document) throws IOException;

    /** Titles, labels and totals. */
    PDFont bold(PDDocument document) throws IOException;

    /**
     * The standard Helvetica fonts, which every reader has: nothing is embedded, the file stays small,
     * and text is limited to WinAnsi (Western European).
     */
    PdfFonts STANDARD = new PdfFonts() {
        @Override
        public PDFont regular(PDDocument document) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }

        @Override
        public PDFont bold(PDDocument document) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
    };

    /**
     * Liberation Sans (SIL Open Font License 1.1; metric-compatible with Helvetica, so the layout is the
     * same), embedded as a subset with its Unicode mapping, as PDF/A requires. The fonts come from the
     * {@code openpdf-fonts-extra} jar on the class path, never from the machine.
     */
    PdfFonts EMBEDDED = new PdfFonts() {
        @Override
        public PDFont regular(PDDocument document) throws IOException {
            return load(document, "/liberation/LiberationSans-Regular.ttf");
        }

        @Override
        public PDFont bold(PDDocument document) throws IOException {
            return load(document, "/liberation/LiberationSans-Bold.ttf");
        }

        private static PDFont load(PDDocument document, String resource) throws IOException {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("font " + resource + " is not on the class path"));
                }
                return PDType0Font.load(document, in);
            }
        }
    };
}
