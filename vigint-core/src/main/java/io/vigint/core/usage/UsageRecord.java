package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One metered call: who made it (client, and the API key unless an access token was used), what was
 * called (endpoint, method), how it ended (status code), what it cost and when, and the request id that
 * ties the record to the response the caller got. Records are append-only.
 *
 * <p>The constructor checks what storage needs: the endpoint is 1 to {@value #MAX_ENDPOINT} characters,
 * the method 1 to {@value #MAX_METHOD}, the request id 1 to {@value #MAX_REQUEST_ID}; the cost is not
 * negative and has at most {@value #COST_SCALE} decimals; the time is kept to the microsecond.
 *
 * @param apiKeyId the key used, or {@code null} for a call authenticated with an access token
 */
public record UsageRecord(
        ApiKeyId apiKeyId,
        ClientId clientId,
        String endpoint,
        String method,
        int statusCode,
        Money cost,
        Instant occurredAt,
        String requestId) {
    /** Longest endpoint stored. */
    public static final int MAX_ENDPOINT = 200;
    /** Longest method stored. */
    public static final int MAX_METHOD = 10;
    /** Longest request id stored. */
    public static final int MAX_REQUEST_ID = 100;
    /** Decimals of a stored cost. */
    public static final int COST_SCALE = 6;

    public UsageRecord {
        Checks.nonNull("clientId cost occurredAt", clientId, cost, occurredAt);
        endpoint = bounded("endpoint", endpoint, MAX_ENDPOINT);
        method = bounded("method", method, MAX_METHOD);
        requestId = bounded("requestId", requestId, MAX_REQUEST_ID);
        if (statusCode < 100 || statusCode > 599) {
            throw new IllegalArgumentException("statusCode must be an HTTP status: " + statusCode);
        }
        if (cost.amount().signum() < 0) {
            throw new IllegalArgumentException("cost must not be negative: " + cost);
        }
        if (cost.amount().stripTrailingZeros().scale() > COST_SCALE) {
            throw new IllegalArgumentException("cost has more than " + COST_SCALE + " decimals: " + cost);
        }
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    private static String bounded(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(field + " must have 1 to " + max + " characters: " + value);
        }
        return value;
    }
}
