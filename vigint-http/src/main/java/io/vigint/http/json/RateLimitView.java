package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A client's rate-limit override.
 *
 * @param perMinute requests per minute, or {@code null} for the server's default
 */
@JsonPropertyOrder({"client_id", "per_minute"})
public record RateLimitView(long clientId, Integer perMinute) {}
