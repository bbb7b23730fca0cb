package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Locale;
import java.util.Map;

/** The document formats of an invoice: PDF (what is emailed), HTML and CSV. */
public enum InvoiceFormat {
    PDF("application/pdf", "pdf"),
    HTML("text/html", "html"),
    CSV("text/csv", "csv");

    private final String mediaType;
    private final String extension;

    InvoiceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type without parameters, e.g. {@code application/pdf}. */
    public String mediaType() {
        return mediaType;
    }

    /** The file extension, e.g. {@code pdf}. */
    public String extension() {
        return extension;
    }

    /**
     * The format named {@code pdf}, {@code html} or {@code csv} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} for any other name
     */
    public static InvoiceFormat parse(String text) {
        for (InvoiceFormat f : values()) {
            if (text != null && f.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new VigintException(
                CoreErrorCode.VALIDATION_FAILED,
                "invoice format must be pdf, html or csv",
                Map.of("format", String.valueOf(text)));
    }
}
