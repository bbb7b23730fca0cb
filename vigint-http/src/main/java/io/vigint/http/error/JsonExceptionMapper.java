package io.vigint.http.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.vigint.http.ErrorEnvelope;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request body that is not JSON, or not the JSON expected: 400 {@code MALFORMED_REQUEST} with the
 * position or the field, never the offending input (it may hold a secret).
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        Optional<Response> known = Causes.knownAnswer(e);
        if (known.isPresent()) {
            return known.get();
        }
        return response(e).build();
    }

    static Response.ResponseBuilder response(JsonProcessingException e) {
        Map<String, Object> details = new LinkedHashMap<>();
        String message;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            details.put("field", field);
            message = e instanceof UnrecognizedPropertyException
                    ? "Unknown field: " + field
                    : "Field " + field + " has the wrong type or shape";
        } else if (e instanceof JsonParseException) {
            message = "The request body is not valid JSON";
        } else {
            message = "The request body does not have the expected JSON shape";
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            details.put("line", location.getLineNr());
            details.put("column", location.getColumnNr());
        }
        return ErrorEnvelope.response(HttpErrorCode.MALFORMED_REQUEST, message, details);
    }
}
