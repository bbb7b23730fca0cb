package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A client's frame-ingest limits: its own rates ({@code null}: the server's default) and the server's
 * defaults and burst, so the rates in force are plain to see.
 *
 * @param framesPerSecond the client's frames per second per source, or {@code null}
 * @param bytesPerSecond the client's bytes per second (all sources), or {@code null}
 * @param defaultFramesPerSecond the server's {@code rate_limit.ingest_frames_per_second}
 * @param defaultBytesPerSecond the server's {@code rate_limit.ingest_bytes_per_second}
 * @param burstSeconds the server's {@code rate_limit.ingest_burst_seconds}
 */
@JsonPropertyOrder({
    "client_id",
    "frames_per_second",
    "bytes_per_second",
    "default_frames_per_second",
    "default_bytes_per_second",
    "burst_seconds"
})
public record IngestLimitView(
        long clientId,
        Integer framesPerSecond,
        Long bytesPerSecond,
        int defaultFramesPerSecond,
        long defaultBytesPerSecond,
        int burstSeconds) {}
