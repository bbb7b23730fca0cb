package io.vigint.http.error;

import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.VigintException;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.ErrorStatus;
import io.vigint.http.gate.ErrorAnswer;
import io.vigint.http.metrics.VigintMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Maps the core's exception (thrown by resources and filters alike) to the error envelope, with the
 * status of its category, a {@code WWW-Authenticate} challenge on 401 and {@code Retry-After} on 429
 * {@code RATE_LIMITED} and 503 {@code BUFFER_FULL} when the details carry {@value #RETRY_AFTER_DETAIL}, and
 * {@code Content-Range} on 416 {@code RANGE_NOT_SATISFIABLE} when they carry {@value #RANGE_LENGTH_DETAIL}.
 */
public final class VigintExceptionMapper implements ExceptionMapper<VigintException> {
    /** Detail (whole seconds) that becomes the {@code Retry-After} header of a 429. */
    public static final String RETRY_AFTER_DETAIL = "retry_after_seconds";

    /**
     * Detail of a 416 {@code RANGE_NOT_SATISFIABLE}: the length in bytes of what was asked for, which becomes
     * its {@code Content-Range: bytes *}{@code /length} (RFC 9110 §15.5.17).
     */
    public static final String RANGE_LENGTH_DETAIL = "length";

    private final VigintMetrics metrics;

    @Inject
    public VigintExceptionMapper(VigintMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response toResponse(VigintException e) {
        if (e.category() == ErrorCategory.UNAUTHENTICATED) {
            metrics.authFailed(e.code());
        }
        return toResponseBuilder(e).build();
    }

    /** The response builder for {@code e}, for callers that add headers. */
    public static Response.ResponseBuilder toResponseBuilder(VigintException e) {
        int status = ErrorStatus.of(e.code());
        Response.ResponseBuilder builder = ErrorEnvelope.response(e);
        ErrorAnswer.headersOf(e, status, builder::header);
        return builder;
    }
}
