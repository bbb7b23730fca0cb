package io.vigint.billing.document;

/** Renders an {@link InvoiceDocument} in one format. Implementations are stateless and thread-safe. */
public interface InvoiceRenderer {
    /** The media type of the rendering, e.g. {@code application/pdf}. */
    String mediaType();

    /** The file extension, e.g. {@code pdf}. */
    String extension();

    /** The rendering's bytes (UTF-8 for the text formats). */
    byte[] render(InvoiceDocument invoice);
}
