package io.vigint.core.idempotency;

import java.util.Arrays;
import java.util.Objects;

/** A response kept for replay: status, content type and body bytes. */
public record StoredResponse(int status, String contentType, byte[] body) {
    public StoredResponse {
        Objects.requireNonNull(body, "body");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that
                && status == that.status
                && Objects.equals(contentType, that.contentType)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(status, contentType) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", contentType=" + contentType + ", bytes=" + body.length + "]";
    }
}
