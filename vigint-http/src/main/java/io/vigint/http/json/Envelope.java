package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The success envelope of the client and operator APIs: {@code {"data": …, "message": …, "status":
 * "success"}}; {@code data} and {@code message} are left out when absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"data", "message", "status"})
public record Envelope<T>(T data, String message, String status) {
    public static <T> Envelope<T> of(T data) {
        return new Envelope<>(data, null, "success");
    }

    public static <T> Envelope<T> of(T data, String message) {
        return new Envelope<>(data, message, "success");
    }

    public static Envelope<Void> message(String message) {
        return new Envelope<>(null, message, "success");
    }
}
