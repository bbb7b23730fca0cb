package io.vigint.persistence.settings;

/**
 * One row of {@code client_settings}, as stored; a {@code null} column means "the server's default".
 *
 * @param rateLimitPerMinute the client's rate limit of API calls, or {@code null}
 * @param ingestFramesPerSecond the client's ingest frame rate per source, or {@code null}
 * @param ingestBytesPerSecond the client's ingest byte rate, or {@code null}
 */
public record ClientSettingsRow(
        long clientId, Integer rateLimitPerMinute, Integer ingestFramesPerSecond, Long ingestBytesPerSecond) {}
