package io.vigint.http.error;

import io.vigint.http.server.BodySizeLimitFilter;
import io.vigint.http.server.BodyTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A body that turned out too large while it was read: 413 {@code PAYLOAD_TOO_LARGE}. */
public final class BodyTooLargeExceptionMapper implements ExceptionMapper<BodyTooLargeException> {
    @Override
    public Response toResponse(BodyTooLargeException e) {
        return VigintExceptionMapper.toResponseBuilder(BodySizeLimitFilter.tooLarge(e.maxBytes()))
                .header("Connection", "close")
                .build();
    }
}
