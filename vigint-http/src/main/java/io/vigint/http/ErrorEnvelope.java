package io.vigint.http;

import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one error shape of the HTTP API:
 * {@code {"error":{"code":"INVALID_API_KEY","message":"Invalid API key","details":{…}},"status":"error"}}.
 */
public final class ErrorEnvelope {
    private ErrorEnvelope() {}

    /** The envelope as a JSON-ready map. */
    public static Map<String, Object> body(ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", message);
        error.put("details", details == null ? Map.of() : details);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("error", error);
        envelope.put("status", "error");
        return envelope;
    }

    /** A response builder with the status of {@code code} and the envelope as JSON body. */
    public static Response.ResponseBuilder response(ErrorCode code, String message, Map<String, Object> details) {
        return Response.status(ErrorStatus.of(code))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body(code, message, details));
    }

    /** A response builder for {@code code} with its default message. */
    public static Response.ResponseBuilder response(ErrorCode code) {
        return response(code, code.defaultMessage(), Map.of());
    }

    /** A response builder for a core exception. */
    public static Response.ResponseBuilder response(VigintException e) {
        return response(e.code(), e.getMessage(), e.details());
    }
}
