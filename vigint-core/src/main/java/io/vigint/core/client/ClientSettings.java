package io.vigint.core.client;

import io.vigint.core.error.VigintException;

/**
 * Per-client overrides of server settings; {@code null} means "the server's default".
 *
 * @param rateLimitPerMinute API calls per minute this client may make (1 to 1,000,000), or {@code null}
 * @param ingestFramesPerSecond frames per second each of this client's sources may send to the frame-ingest
 *     routes (1 to {@value #MAX_INGEST_FRAMES_PER_SECOND}), or {@code null}
 * @param ingestBytesPerSecond bytes of frames per second this client may send to the frame-ingest routes, all
 *     sources together (1 to {@value #MAX_INGEST_BYTES_PER_SECOND}), or {@code null}
 */
public record ClientSettings(Integer rateLimitPerMinute, Integer ingestFramesPerSecond, Long ingestBytesPerSecond) {
    public static final int MAX_RATE_LIMIT = 1_000_000;
    public static final int MAX_INGEST_FRAMES_PER_SECOND = 10_000;
    /**
     * 1 GB a second: the fastest the token buckets can refill (Bucket4j refills at most one token a nanosecond;
     * a faster rate made every frame fail the bucket and pass as if the limiter were down).
     */
    public static final long MAX_INGEST_BYTES_PER_SECOND = 1_000_000_000L;

    public ClientSettings {
        if (rateLimitPerMinute != null && (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT)) {
            throw VigintException.invalid(
                    "per_minute", "the rate limit must be between 1 and " + MAX_RATE_LIMIT + " requests per minute");
        }
        if (ingestFramesPerSecond != null
                && (ingestFramesPerSecond < 1 || ingestFramesPerSecond > MAX_INGEST_FRAMES_PER_SECOND)) {
            throw VigintException.invalid(
                    "frames_per_second",
                    "the ingest frame rate must be between 1 and " + MAX_INGEST_FRAMES_PER_SECOND
                            + " frames per second per source");
        }
        if (ingestBytesPerSecond != null
                && (ingestBytesPerSecond < 1 || ingestBytesPerSecond > MAX_INGEST_BYTES_PER_SECOND)) {
            throw VigintException.invalid(
                    "bytes_per_second",
                    "the ingest byte rate must be between 1 and " + MAX_INGEST_BYTES_PER_SECOND + " bytes per second");
        }
    }

    /** Only a rate limit of API calls; the ingest limits are the server's. */
    public ClientSettings(Integer rateLimitPerMinute) {
        this(rateLimitPerMinute, null, null);
    }

    /** No overrides. */
    public static ClientSettings defaults() {
        return new ClientSettings(null, null, null);
    }

    /** These settings with another rate limit of API calls ({@code null}: the server's default). */
    public ClientSettings withRateLimitPerMinute(Integer perMinute) {
        return new ClientSettings(perMinute, ingestFramesPerSecond, ingestBytesPerSecond);
    }

    /** These settings with other ingest limits ({@code null}: the server's default). */
    public ClientSettings withIngestLimits(Integer framesPerSecond, Long bytesPerSecond) {
        return new ClientSettings(rateLimitPerMinute, framesPerSecond, bytesPerSecond);
    }
}
