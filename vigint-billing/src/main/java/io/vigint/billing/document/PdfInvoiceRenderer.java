package io.vigint.billing.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The invoice as an A4 PDF (Apache PDFBox), in the standard Helvetica fonts, so nothing is embedded
 * and every PDF reader shows it. Those fonts cover Western European text (WinAnsi: {@code Zoë Ünal},
 * {@code Kraków}); any other character is written without its accent when that makes it encodable
 * ({@code Ł} stays {@code ?}, {@code ś} becomes {@code s}), else as {@code ?}. Texts too long for
 * their column are shortened with {@code ...}; lines continue on further pages.
 *
 * <p>That is {@link PdfFonts#STANDARD}; with {@link PdfFonts#EMBEDDED} it draws in embedded Liberation
 * Sans instead, the base of the PDF/A Factur-X invoice.
 */
public final class PdfInvoiceRenderer implements InvoiceRenderer {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
    private static final float BOTTOM = MARGIN + 20;
    private static final float SIZE = 10;
    private static final float LEADING = 15;
    private static final float CALLS_RIGHT = 345;
    private static final float UNIT_RIGHT = 445;
    private static final float ENDPOINT_WIDTH = 220;
    private static final float CLIENT_X = 320;

    private final PdfFonts fonts;

    /** In the standard Helvetica fonts ({@link PdfFonts#STANDARD}). */
    public PdfInvoiceRenderer() {
        this(PdfFonts.STANDARD);
    }

    /** In {@code fonts}; {@link PdfFonts#EMBEDDED} for a PDF/A base (Factur-X). */
    public PdfInvoiceRenderer(PdfFonts fonts) {
        this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public byte[] render(InvoiceDocument invoice) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invoice " + invoice.number());
            info.setAuthor(invoice.seller().name());
            info.setCreator("Vigint");
            try (Canvas canvas = new Canvas(document, fonts)) {
                draw(canvas, invoice);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render invoice " + invoice.number() + " as PDF", e);
        }
    }

    private static void draw(Canvas canvas, InvoiceDocument invoice) throws IOException {
        String currency = invoice.currency().getCurrencyCode();
        canvas.text(MARGIN, canvas.y, canvas.bold, 20, "Invoice " + invoice.number());
        if (invoice.status() == InvoiceDocument.Status.DRAFT || invoice.status() == InvoiceDocument.Status.VOID) {
            canvas.textRight(
                    RIGHT, canvas.y, canvas.bold, 16, invoice.status().label().toUpperCase(Locale.ROOT));
        }
        canvas.y -= 30;

        float top = canvas.y;
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, "From");
        canvas.nextLine(MARGIN, invoice.seller().name(), 250);
        for (String line : invoice.seller().addressLines()) {
            canvas.nextLine(MARGIN, line, 250);
        }
        float sellerBottom = canvas.y;
        canvas.y = top;
        canvas.text(CLIENT_X, canvas.y, canvas.bold, SIZE, "Bill to");
        canvas.nextLine(CLIENT_X, invoice.clientName(), RIGHT - CLIENT_X);
        canvas.nextLine(CLIENT_X, invoice.clientEmail(), RIGHT - CLIENT_X);
        canvas.y = Math.min(sellerBottom, canvas.y) - 2 * LEADING;

        meta(canvas, "Issue date", DATE.format(invoice.issueDate()));
        meta(
                canvas,
                "Period",
                invoice.period().label() + " (" + DATE.format(invoice.period().start()) + " to "
                        + DATE.format(invoice.period().lastDay()) + ")");
        meta(canvas, "Status", invoice.status().label());
        canvas.y -= LEADING;

        header(canvas, currency);
        if (invoice.lines().isEmpty()) {
            canvas.text(MARGIN, canvas.y, canvas.regular, SIZE, "No usage in this period");
            canvas.y -= LEADING;
        }
        for (InvoiceDocument.Line line : invoice.lines()) {
            if (canvas.y < BOTTOM) {
                canvas.newPage();
                header(canvas, currency);
            }
            canvas.text(
                    MARGIN,
                    canvas.y,
                    canvas.regular,
                    SIZE,
                    canvas.fit(line.endpoint(), canvas.regular, ENDPOINT_WIDTH));
            canvas.textRight(CALLS_RIGHT, canvas.y, canvas.regular, SIZE, Long.toString(line.count()));
            canvas.textRight(UNIT_RIGHT, canvas.y, canvas.regular, SIZE, Amounts.unitPrice(line.unitPrice()));
            canvas.textRight(RIGHT, canvas.y, canvas.regular, SIZE, Amounts.amount(line.amount()));
            canvas.y -= LEADING;
        }
        if (canvas.y < BOTTOM + 5 * LEADING) {
            canvas.newPage();
        }
        canvas.rule(canvas.y + LEADING - 4);
        summary(canvas, canvas.regular, "Subtotal", Amounts.amount(invoice.subtotal()));
        summary(
                canvas,
                canvas.regular,
                "VAT " + Amounts.percent(invoice.vatRate()),
                Amounts.amount(invoice.vatAmount()));
        summary(canvas, canvas.bold, "Total", Amounts.withCurrency(invoice.total()));
        canvas.y -= LEADING;
        canvas.text(
                MARGIN,
                canvas.y,
                canvas.regular,
                SIZE,
                canvas.fit("Payment: " + invoice.paymentMethod(), canvas.regular, RIGHT - MARGIN));
    }

    private static void meta(Canvas canvas, String label, String value) throws IOException {
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, label);
        canvas.text(MARGIN + 80, canvas.y, canvas.regular, SIZE, value);
        canvas.y -= LEADING;
    }

    private static void header(Canvas canvas, String currency) throws IOException {
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, "Endpoint");
        canvas.textRight(CALLS_RIGHT, canvas.y, canvas.bold, SIZE, "Calls");
        canvas.textRight(UNIT_RIGHT, canvas.y, canvas.bold, SIZE, "Unit price (" + currency + ")");
        canvas.textRight(RIGHT, canvas.y, canvas.bold, SIZE, "Amount (" + currency + ")");
        canvas.rule(canvas.y - 4);
        canvas.y -= LEADING + 2;
    }

    private static void summary(Canvas canvas, PDFont font, String label, String amount) throws IOException {
        canvas.text(UNIT_RIGHT - 100, canvas.y, font, SIZE, label);
        canvas.textRight(RIGHT, canvas.y, font, SIZE, amount);
        canvas.y -= LEADING;
    }

    /**
     * {@code text} with every character {@code font} cannot encode replaced: by the same letter without
     * its accents when that one can be encoded, else by {@code ?}. Control characters become spaces.
     */
    static String encodable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (canEncode(font, new String(Character.toChars(cp)))) {
                out.appendCodePoint(cp);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                out.append(!base.isEmpty() && canEncode(font, base) ? base : "?");
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** The pages being drawn, a cursor ({@link #y}) and the fonts. */
    private static final class Canvas implements AutoCloseable {
        final PDFont regular;
        final PDFont bold;
        private final PDDocument document;
        private PDPageContentStream stream;
        float y;

        Canvas(PDDocument document, PdfFonts fonts) throws IOException {
            this.document = document;
            this.regular = fonts.regular(document);
            this.bold = fonts.bold(document);
            newPage();
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        void text(float x, float atY, PDFont font, float size, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(encodable(text, font));
            stream.endText();
        }

        /** One line down, {@code text} at {@code x} in the regular body font, shortened to {@code maxWidth}. */
        void nextLine(float x, String text, float maxWidth) throws IOException {
            y -= LEADING;
            text(x, y, regular, SIZE, fit(text, regular, maxWidth));
        }

        void textRight(float right, float atY, PDFont font, float size, String text) throws IOException {
            String safe = encodable(text, font);
            text(right - width(safe, font, size), atY, font, size, safe);
        }

        void rule(float atY) throws IOException {
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, atY);
            stream.lineTo(RIGHT, atY);
            stream.stroke();
        }

        /** {@code text}, shortened with {@code ...} to fit {@code maxWidth} at the body size. */
        String fit(String text, PDFont font, float maxWidth) throws IOException {
            String safe = encodable(text, font);
            if (width(safe, font, SIZE) <= maxWidth) {
                return safe;
            }
            int end = safe.length();
            while (end > 0 && width(safe.substring(0, end) + "...", font, SIZE) > maxWidth) {
                end--;
            }
            return safe.substring(0, end) + "...";
        }

        static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        @Override
        public void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
