package io.vigint.http.billing;

import io.vigint.core.billing.InvoiceFormat;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The answer carrying a rendered invoice or credit note, the same for both. */
final class DocumentResponse {
    private DocumentResponse() {}

    /**
     * {@code body} as {@code mediaType} (with {@code charset=utf-8} for the text formats), shown inline
     * under the file name {@code <number>.<extension>}.
     */
    static Response of(byte[] body, InvoiceFormat format, String mediaType, String number) {
        String type = format == InvoiceFormat.PDF ? mediaType : mediaType + "; charset=utf-8";
        return Response.ok(body, type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"" + number + "." + format.extension() + "\"")
                .build();
    }
}
