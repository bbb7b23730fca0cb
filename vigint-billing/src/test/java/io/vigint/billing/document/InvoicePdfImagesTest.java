package io.vigint.billing.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of PDF drawn as a reader would show it (PDFBox's {@link PDFRenderer}), page 1 written to
 * {@code target/screenshots/invoices/KIND-pdf.png} for the documentation, and checked: the page has
 * content, and nothing is drawn in the side margins or above the title (a text too long for its place
 * would be).
 */
class InvoicePdfImagesTest {
    /** 120 dpi: an A4 page 992 pixels wide. */
    private static final float DPI = 120;
    /** The renderer's margin, in points, less 2 points of anti-aliasing. */
    private static final float MARGIN_POINTS = 48;

    static final Path SCREENSHOTS = Path.of("target", "screenshots", "invoices");

    static Stream<Arguments> kinds() {
        return Invoices.kinds().entrySet().stream().map(kind -> Arguments.of(kind.getKey(), kind.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theFirstPageRendersWithinItsMargins(String kind, InvoiceDocument invoice) throws IOException {
        byte[] pdf = new PdfInvoiceRenderer().render(invoice);

        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(kind + "-pdf.png");
        ImageIO.write(sixteenGreys(page), "png", png.toFile());

        int margin = Math.round(MARGIN_POINTS * DPI / 72);
        assertThat(page.getWidth()).isEqualTo(992).isLessThanOrEqualTo(1000);
        assertThat(inked(page, 0, 0, margin, page.getHeight()))
                .as("ink in the left margin")
                .isZero();
        assertThat(inked(page, page.getWidth() - margin, 0, page.getWidth(), page.getHeight()))
                .as("ink in the right margin")
                .isZero();
        int aboveTitle = Math.round(30 * DPI / 72); // the title's capitals rise above its baseline at the margin
        assertThat(inked(page, 0, 0, page.getWidth(), aboveTitle))
                .as("ink above the title")
                .isZero();
        assertThat(inked(page, margin, margin, page.getWidth() - margin, page.getHeight() / 3))
                .as("the title and the parties are drawn")
                .isGreaterThan(2000);
        assertThat(inked(page, margin, page.getHeight() - margin, page.getWidth() - margin, page.getHeight()))
                .as("the footer is drawn below the bottom margin")
                .isGreaterThan(200);
        assertThat(Files.size(png)).as("small enough to show in the docs").isLessThan(150_000);
    }

    /**
     * {@code grey} with 16 levels of grey, 4 bits a pixel: black text on white loses nothing visible, and
     * the PNG is about half the size of an 8-bit one.
     */
    static BufferedImage sixteenGreys(BufferedImage grey) {
        byte[] levels = new byte[16];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) (i * 17);
        }
        IndexColorModel palette = new IndexColorModel(4, 16, levels, levels, levels);
        BufferedImage packed =
                new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY, palette);
        WritableRaster raster = packed.getRaster();
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                raster.setSample(x, y, 0, ((grey.getRGB(x, y) & 0xff) + 8) / 17);
            }
        }
        return packed;
    }

    /** How many pixels in [x0, x1) × [y0, y1) are darker than light grey. */
    static int inked(BufferedImage image, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xff) < 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
