package io.vigint.http.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCategory;
import io.vigint.core.error.VigintException;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.ErrorStatus;
import io.vigint.http.error.Challenges;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.json.JsonMapperProvider;
import io.vigint.http.metrics.VigintMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.glassfish.grizzly.http.server.Response;

/**
 * The answer to a {@link VigintException}, the one error envelope ({@link ErrorEnvelope}) with its status and
 * headers, as {@link VigintExceptionMapper} answers it in Jersey: {@code WWW-Authenticate} on 401 ({@link
 * Challenges}), {@code Retry-After} on 429 {@code RATE_LIMITED} and 503 {@code BUFFER_FULL} when the details
 * carry {@value VigintExceptionMapper#RETRY_AFTER_DETAIL}, {@code Content-Range} on 416 when they carry {@value
 * VigintExceptionMapper#RANGE_LENGTH_DETAIL}. A handler in front of Jersey writes it with {@link #writeTo}.
 *
 * @param status the HTTP status
 * @param headers the headers, as name and value pairs
 * @param body the envelope, ready for JSON
 */
public record ErrorAnswer(int status, List<Map.Entry<String, String>> headers, Map<String, Object> body) {
    /** The answer to {@code e}. */
    public static ErrorAnswer of(VigintException e) {
        int status = ErrorStatus.of(e.code());
        List<Map.Entry<String, String>> headers = new ArrayList<>(2);
        headersOf(e, status, (name, value) -> headers.add(Map.entry(name, value)));
        return new ErrorAnswer(status, List.copyOf(headers), ErrorEnvelope.body(e.code(), e.getMessage(), e.details()));
    }

    /**
     * {@link #of}, counting an authentication failure in {@code metrics} as {@link VigintExceptionMapper} does.
     */
    public static ErrorAnswer of(VigintException e, VigintMetrics metrics) {
        if (e.category() == ErrorCategory.UNAUTHENTICATED) {
            metrics.authFailed(e.code());
        }
        return of(e);
    }

    /** Gives the headers of the answer to {@code e} (with status {@code status}) to {@code header}. */
    public static void headersOf(VigintException e, int status, BiConsumer<String, String> header) {
        if (status == 401) {
            header.accept("WWW-Authenticate", Challenges.of(e.code()));
        }
        if ((e.code() == CoreErrorCode.RATE_LIMITED || e.code() == CoreErrorCode.BUFFER_FULL)
                && e.details().get(VigintExceptionMapper.RETRY_AFTER_DETAIL) instanceof Number seconds) {
            header.accept("Retry-After", Long.toString(Math.max(1, seconds.longValue())));
        }
        if (e.code() == HttpErrorCode.RANGE_NOT_SATISFIABLE
                && e.details().get(VigintExceptionMapper.RANGE_LENGTH_DETAIL) instanceof Number length) {
            header.accept("Content-Range", "bytes */" + length.longValue());
        }
    }

    /** The body as the API's JSON. */
    public byte[] json() {
        try {
            return JsonMapperProvider.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The error envelope could not be written", e);
        }
    }

    /**
     * Writes the whole answer on a Grizzly response (status, headers, {@code X-Content-Type-Options: nosniff},
     * JSON body); add {@code X-Request-Id} and any {@code RateLimit-*} headers before or after, as long as the
     * response is not committed.
     */
    public void writeTo(Response response) {
        byte[] json = json();
        response.setStatus(status);
        for (Map.Entry<String, String> header : headers) {
            response.setHeader(header.getKey(), header.getValue());
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/json");
        response.setContentLength(json.length);
        try {
            response.getOutputStream().write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
