package io.vigint.persistence.settings;

/**
 * One row of {@code client_settings}, as stored; a {@code null} column means "the server's default".
 *
 * @param rateLimitPerMinute the client's rate limit, or {@code null}
 */
public record ClientSettingsRow(long clientId, Integer rateLimitPerMinute) {}
