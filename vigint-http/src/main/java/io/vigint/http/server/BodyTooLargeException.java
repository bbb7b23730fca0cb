package io.vigint.http.server;

import java.io.IOException;

/** Thrown by a request body stream once more than the allowed number of bytes has been read. */
public final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    public BodyTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded. */
    public long maxBytes() {
        return maxBytes;
    }
}
