package io.vigint.core.client;

import io.vigint.core.error.VigintException;

/**
 * Per-client overrides of server settings; {@code null} means "the server's default".
 *
 * @param rateLimitPerMinute requests per minute this client may make (1 to 1,000,000), or {@code null}
 */
public record ClientSettings(Integer rateLimitPerMinute) {
    public static final int MAX_RATE_LIMIT = 1_000_000;

    public ClientSettings {
        if (rateLimitPerMinute != null && (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT)) {
            throw VigintException.invalid(
                    "per_minute", "the rate limit must be between 1 and " + MAX_RATE_LIMIT + " requests per minute");
        }
    }

    /** No overrides. */
    public static ClientSettings defaults() {
        return new ClientSettings(null);
    }
}
