package io.vigint.http.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.json.JsonMapperProvider;
import java.util.Map;
import java.util.UUID;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Grizzly answers itself, before Jersey sees the request (a malformed request line, a disabled
 * method such as {@code TRACE}, a failure outside Jersey): the error envelope as JSON instead of
 * Grizzly's HTML page, and never the exception.
 */
final class JsonErrorPageGenerator implements ErrorPageGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(JsonErrorPageGenerator.class);

    @Override
    public String generate(
            Request request, int initialStatus, String reasonPhrase, String description, Throwable exception) {
        int status = initialStatus;
        boolean badUri = status >= 500 && malformedUri(exception);
        if (badUri) {
            // Jersey cannot build the request URI (say, "?q=%%%"): the client's fault, not the server's.
            status = 400;
            if (request != null && request.getResponse() != null) {
                request.getResponse().setStatus(status);
            }
        }
        ErrorCode code = code(status);
        Map<String, Object> details = Map.of();
        String message =
                badUri ? "The request URI is not valid (a % not followed by two hex digits?)" : code.defaultMessage();
        if (status >= 500) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Unexpected error in the HTTP server, error_id={}", errorId, exception);
            details = Map.of("error_id", errorId);
            message = message + "; quote error_id " + errorId + " when reporting it";
        }
        if (request != null && request.getResponse() != null) {
            request.getResponse().setContentType("application/json");
            request.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        }
        try {
            return JsonMapperProvider.mapper().writeValueAsString(ErrorEnvelope.body(code, message, details));
        } catch (JsonProcessingException e) {
            return "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"An internal error occurred\",\"details\":{}},"
                    + "\"status\":\"error\"}";
        }
    }

    /** Whether {@code exception} is Jersey's refusal of a request URI that is not valid (a bad escape). */
    private static boolean malformedUri(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof java.net.URISyntaxException) {
                return true;
            }
        }
        return false;
    }

    private static ErrorCode code(int status) {
        return switch (status) {
            case 404 -> HttpErrorCode.NOT_FOUND;
            case 405, 501 -> HttpErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> CoreErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> HttpErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? CoreErrorCode.INTERNAL_ERROR : HttpErrorCode.MALFORMED_REQUEST;
        };
    }
}
