package io.vigint.billing.document;

import java.nio.charset.StandardCharsets;

/** A renderer of a text format: the rendering is {@link #text} in UTF-8. */
public abstract class TextInvoiceRenderer implements InvoiceRenderer {
    private final String mediaType;
    private final String extension;

    protected TextInvoiceRenderer(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    @Override
    public final String mediaType() {
        return mediaType;
    }

    @Override
    public final String extension() {
        return extension;
    }

    @Override
    public final byte[] render(InvoiceDocument invoice) {
        return text(invoice).getBytes(StandardCharsets.UTF_8);
    }

    /** The rendering as text. */
    public abstract String text(InvoiceDocument invoice);
}
