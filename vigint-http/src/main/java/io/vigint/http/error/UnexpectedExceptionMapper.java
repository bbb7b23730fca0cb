package io.vigint.http.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.http.ErrorEnvelope;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything no other mapper takes: a bug or an unexpected state. The caller gets 500
 * {@code INTERNAL_ERROR} with {@code details.error_id}; the stack trace goes only to the server log, under
 * that id. Known exceptions wrapped by Jersey (an oversized body, bad JSON, a core refusal) are unwrapped
 * and answered as such.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        Optional<Response> known = Causes.knownAnswer(e);
        if (known.isPresent()) {
            return known.get();
        }
        var json = Causes.find(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return JsonExceptionMapper.response(json.get()).build();
        }
        return internalError(e, LOG).build();
    }

    /** Logs {@code e} under a new error id and returns the 500 envelope naming that id. */
    static Response.ResponseBuilder internalError(Throwable e, Logger log) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error, error_id={}", errorId, e);
        return ErrorEnvelope.response(
                CoreErrorCode.INTERNAL_ERROR,
                CoreErrorCode.INTERNAL_ERROR.defaultMessage() + "; quote error_id " + errorId + " when reporting it",
                Map.of("error_id", errorId));
    }
}
