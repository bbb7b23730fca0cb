package io.vigint.billing.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
    private static final float META_VALUE_X = MARGIN + 95;
    private static final float FOOTER_SIZE = 7.5f;
    private static final float FOOTER_LEADING = 10;
    private static final int FOOTER_ROWS = 3;

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
            info.setTitle(InvoiceContent.title(invoice));
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
        canvas.text(MARGIN, canvas.y, canvas.bold, 20, InvoiceContent.title(invoice));
        String mark = InvoiceContent.mark(invoice);
        if (!mark.isEmpty()) {
            canvas.textRight(RIGHT, canvas.y, canvas.bold, 16, mark);
        }
        canvas.y -= 30;

        float top = canvas.y;
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, "From");
        for (String line : InvoiceContent.seller(invoice).lines()) {
            canvas.nextLine(MARGIN, line, CLIENT_X - MARGIN - 20);
        }
        float sellerBottom = canvas.y;
        canvas.y = top;
        canvas.text(CLIENT_X, canvas.y, canvas.bold, SIZE, "Bill to");
        for (String line : InvoiceContent.buyer(invoice).lines()) {
            canvas.nextLine(CLIENT_X, line, RIGHT - CLIENT_X);
        }
        canvas.y = Math.min(sellerBottom, canvas.y) - 2 * LEADING;

        for (InvoiceContent.Row detail : InvoiceContent.details(invoice)) {
            meta(canvas, detail.label(), detail.value());
        }
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
        List<InvoiceContent.Row> totals = InvoiceContent.totals(invoice);
        canvas.room(totals.size());
        canvas.rule(canvas.y + LEADING - 4);
        for (InvoiceContent.Row total : totals) {
            summary(canvas, total.strong() ? canvas.bold : canvas.regular, total.label(), total.value());
        }
        String mention = InvoiceContent.legalMention(invoice);
        if (!mention.isEmpty()) {
            canvas.y -= LEADING / 2;
            canvas.paragraph(MARGIN, mention, canvas.bold, SIZE, RIGHT - MARGIN);
        }
        List<InvoiceContent.Row> payment = InvoiceContent.payment(invoice);
        if (!payment.isEmpty()) {
            canvas.y -= LEADING;
            canvas.room(payment.size()); // the payment details stay together
            for (InvoiceContent.Row row : payment) {
                canvas.paragraph(MARGIN, row.inline(), canvas.regular, SIZE, RIGHT - MARGIN);
            }
        }
        String title = InvoiceContent.title(invoice);
        List<String> footer = InvoiceContent.footer(invoice);
        if (canvas.footerRows(title, footer).size() > FOOTER_ROWS) {
            // too long for the page footers, which show its beginning: in full once, after the content
            canvas.y -= LEADING;
            for (String line : footer) {
                canvas.paragraph(MARGIN, line, canvas.regular, SIZE, RIGHT - MARGIN);
            }
        }
        canvas.footers(title, footer);
    }

    private static void meta(Canvas canvas, String label, String value) throws IOException {
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, label);
        canvas.text(
                META_VALUE_X, canvas.y, canvas.regular, SIZE, canvas.fit(value, canvas.regular, RIGHT - META_VALUE_X));
        canvas.y -= LEADING;
    }

    /**
     * The table header ({@link InvoiceContent#lineHeaders()}), on two rows so that the prices' {@code excl.
     * VAT (EUR)} fits above the number columns.
     */
    private static void header(Canvas canvas, String currency) throws IOException {
        List<String> headers = InvoiceContent.lineHeaders();
        String excluding = " excl. VAT";
        canvas.text(MARGIN, canvas.y, canvas.bold, SIZE, headers.get(0));
        canvas.textRight(CALLS_RIGHT, canvas.y, canvas.bold, SIZE, headers.get(1));
        canvas.textRight(UNIT_RIGHT, canvas.y, canvas.bold, SIZE, headers.get(2).replace(excluding, ""));
        canvas.textRight(RIGHT, canvas.y, canvas.bold, SIZE, headers.get(3).replace(excluding, ""));
        canvas.y -= LEADING - 3;
        String second = excluding.strip() + " (" + currency + ")";
        canvas.textRight(UNIT_RIGHT, canvas.y, canvas.regular, SIZE, second);
        canvas.textRight(RIGHT, canvas.y, canvas.regular, SIZE, second);
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

        /** A new page unless {@code lines} more lines fit above the bottom margin. */
        void room(int lines) throws IOException {
            if (y - (lines - 1) * LEADING < BOTTOM) {
                newPage();
            }
        }

        /** {@code text} wrapped to {@code maxWidth} at {@code x}, one line per leading, continuing on a new page. */
        void paragraph(float x, String text, PDFont font, float size, float maxWidth) throws IOException {
            for (String line : wrap(text, font, size, maxWidth)) {
                room(1);
                text(x, y, font, size, line);
                y -= LEADING;
            }
        }

        /** The footer {@code lines} wrapped into rows, the first one leaving room for the page label. */
        List<String> footerRows(String title, List<String> lines) throws IOException {
            List<String> rows = new ArrayList<>();
            float pageLabelWidth = width("Page 999 of 999 \u00b7 " + title, regular, FOOTER_SIZE) + 10;
            for (String line : lines) {
                float maxWidth = rows.isEmpty() ? RIGHT - MARGIN - pageLabelWidth : RIGHT - MARGIN;
                rows.addAll(wrap(line, regular, FOOTER_SIZE, maxWidth));
            }
            return rows;
        }

        /**
         * On every page, below the bottom margin: a rule, the {@code lines} (wrapped; at most {@link
         * #FOOTER_ROWS} rows, the last ending with {@code ...} when there are more) and {@code Invoice
         * VIGINT-2026-0001 · Page 1 of 2} on the right of the first row.
         */
        void footers(String title, List<String> lines) throws IOException {
            close();
            List<String> rows = footerRows(title, lines);
            List<String> shown = new ArrayList<>(rows.subList(0, Math.min(rows.size(), FOOTER_ROWS)));
            if (rows.size() > FOOTER_ROWS) {
                int last = FOOTER_ROWS - 1;
                shown.set(last, fit(shown.get(last) + " ...", regular, FOOTER_SIZE, RIGHT - MARGIN));
            }
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true);
                rule(MARGIN - 2);
                float rowY = MARGIN - 2 - FOOTER_LEADING;
                for (String row : shown) {
                    text(MARGIN, rowY, regular, FOOTER_SIZE, row);
                    rowY -= FOOTER_LEADING;
                }
                textRight(
                        RIGHT,
                        MARGIN - 2 - FOOTER_LEADING,
                        regular,
                        FOOTER_SIZE,
                        title + " \u00b7 Page " + (i + 1) + " of " + pages);
                close();
            }
        }

        /** {@code text} in lines no wider than {@code maxWidth}, broken at spaces; a word too long is shortened. */
        List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : encodable(text, font).strip().split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(width(word, font, size) <= maxWidth ? word : fit(word, font, size, maxWidth));
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
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
            return fit(text, font, SIZE, maxWidth);
        }

        /** {@code text}, shortened with {@code ...} to fit {@code maxWidth} at {@code size}. */
        String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
            String safe = encodable(text, font);
            if (width(safe, font, size) <= maxWidth) {
                return safe;
            }
            int end = safe.length();
            while (end > 0 && width(safe.substring(0, end) + "...", font, size) > maxWidth) {
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
