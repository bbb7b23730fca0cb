package io.vigint.http.server;

import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.HttpSettings;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/**
 * Refuses request bodies larger than {@link HttpSettings#maxBodyBytes()} with 413
 * {@code PAYLOAD_TOO_LARGE}: at once when {@code Content-Length} says so, and while reading when the
 * body is chunked or longer than announced. Runs before matching, so it covers every path.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 150)
public final class BodySizeLimitFilter implements ContainerRequestFilter {
    private static final String TRANSFER_ENCODING = "Transfer-Encoding";

    private final long maxBytes;

    @Inject
    public BodySizeLimitFilter(HttpSettings settings) {
        this.maxBytes = settings.maxBodyBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long length = contentLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (length > 0 || request.getHeaderString(TRANSFER_ENCODING) != null) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    /** The announced length; {@link Long#MAX_VALUE} for one too large to parse, -1 for none. */
    private static long contentLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return header.strip().chars().allMatch(Character::isDigit) ? Long.MAX_VALUE : -1;
        }
    }

    /** The error for a body over {@code maxBytes}. */
    public static VigintException tooLarge(long maxBytes) {
        return new VigintException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes",
                Map.of("max_bytes", maxBytes));
    }
}
