package io.vigint.http.error;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.http.ErrorEnvelope;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey's own refusals in the error envelope: unknown path 404 {@code NOT_FOUND}, wrong method 405
 * {@code METHOD_NOT_ALLOWED} (with {@code Allow}), wrong body type 415 {@code UNSUPPORTED_MEDIA_TYPE},
 * unproducible {@code Accept} 406 {@code NOT_ACCEPTABLE},
 * bad header or form parameters 400 {@code VALIDATION_FAILED}. Jersey's messages are not passed on.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(e, LOG).build();
        }
        Response.ResponseBuilder builder =
                switch (status) {
                    case 400 ->
                        ErrorEnvelope.response(
                                CoreErrorCode.VALIDATION_FAILED, "A header or form parameter is invalid", Map.of());
                    case 401 -> ErrorEnvelope.response(CoreErrorCode.API_KEY_REQUIRED);
                    case 404 -> ErrorEnvelope.response(HttpErrorCode.NOT_FOUND);
                    case 405 -> ErrorEnvelope.response(HttpErrorCode.METHOD_NOT_ALLOWED);
                    case 406 ->
                        ErrorEnvelope.response(
                                HttpErrorCode.NOT_ACCEPTABLE,
                                "This resource cannot be returned in any of the media types the Accept header lists",
                                Map.of());
                    case 413 -> ErrorEnvelope.response(CoreErrorCode.PAYLOAD_TOO_LARGE);
                    case 415 ->
                        ErrorEnvelope.response(
                                HttpErrorCode.UNSUPPORTED_MEDIA_TYPE,
                                "This endpoint does not accept the request's Content-Type",
                                Map.of());
                    case 429 -> ErrorEnvelope.response(CoreErrorCode.RATE_LIMITED);
                    default ->
                        ErrorEnvelope.response(CoreErrorCode.VALIDATION_FAILED, "The request is invalid", Map.of())
                                .status(status);
                };
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        String retryAfter = original.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        if (status == 401) {
            Challenges.addTo(builder, CoreErrorCode.API_KEY_REQUIRED, status);
        }
        return builder.build();
    }
}
