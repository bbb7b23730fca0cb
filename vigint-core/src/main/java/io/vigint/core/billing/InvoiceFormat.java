package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Map;

/**
 * The document formats of an invoice: PDF (what is emailed; Factur-X or plain, as configured), HTML, CSV
 * and UBL (the structured e-invoice of Peppol BIS Billing 3.0).
 */
public enum InvoiceFormat {
    PDF("application/pdf", "pdf"),
    HTML("text/html", "html"),
    CSV("text/csv", "csv"),
    UBL("application/vnd.oasis.ubl+xml", "xml");

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
     * The format named {@code pdf}, {@code html}, {@code csv} or {@code ubl} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} for any other name
     */
    public static InvoiceFormat parse(String text) {
        for (InvoiceFormat f : values()) {
            if (text != null && f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new VigintException(
                CoreErrorCode.VALIDATION_FAILED,
                "invoice format must be pdf, html, csv or ubl",
                Map.of("format", String.valueOf(text)));
    }
}
