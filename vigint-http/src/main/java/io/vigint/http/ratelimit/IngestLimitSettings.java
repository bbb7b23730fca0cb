package io.vigint.http.ratelimit;

import io.vigint.core.client.ClientSettings;

/**
 * The server's default limits of frame ingest ({@code POST /api/video/buffer}, {@code /buffer/batch}, {@code
 * /multi-source/buffer}), which does not count against the per-minute API-call limit. Each client may have
 * its own rates ({@link ClientSettings#ingestFramesPerSecond()}, {@link ClientSettings#ingestBytesPerSecond()});
 * the burst is the server's for everyone.
 *
 * @param framesPerSecond frames a second each source of a client may send (default {@value
 *     #DEFAULT_FRAMES_PER_SECOND}: a 25 fps camera stays below it forever)
 * @param bytesPerSecond bytes of frames a second a client may send, all its sources together (default {@value
 *     #DEFAULT_BYTES_PER_SECOND}, 8 MiB: three 25 fps cameras of 100 KB JPEGs)
 * @param burstSeconds how many seconds' worth of either rate a full bucket holds (default {@value
 *     #DEFAULT_BURST_SECONDS}): frames held back by a slow network may arrive together, and at the default rate
 *     a full bucket (600 frames) holds twice the largest batch a source's buffer takes (300 frames, {@code
 *     video.max_frames_per_source}), so a batch the buffer accepts is never refused for its size alone
 */
public record IngestLimitSettings(int framesPerSecond, long bytesPerSecond, int burstSeconds) {
    public static final int DEFAULT_FRAMES_PER_SECOND = 30;
    public static final long DEFAULT_BYTES_PER_SECOND = 8L * 1024 * 1024;
    public static final int DEFAULT_BURST_SECONDS = 20;
    /** The longest burst: a minute. */
    public static final int MAX_BURST_SECONDS = 60;

    /** The name of the per-source frame limit in a 429's {@code limit_name}. */
    public static final String FRAMES_LIMIT = "frames_per_second_per_source";
    /** The name of the per-client byte limit in a 429's {@code limit_name}. */
    public static final String BYTES_LIMIT = "bytes_per_second";

    public IngestLimitSettings {
        if (framesPerSecond < 1 || framesPerSecond > ClientSettings.MAX_INGEST_FRAMES_PER_SECOND) {
            throw new IllegalArgumentException("framesPerSecond must be from 1 to "
                    + ClientSettings.MAX_INGEST_FRAMES_PER_SECOND + ": " + framesPerSecond);
        }
        if (bytesPerSecond < 1 || bytesPerSecond > ClientSettings.MAX_INGEST_BYTES_PER_SECOND) {
            throw new IllegalArgumentException("bytesPerSecond must be from 1 to "
                    + ClientSettings.MAX_INGEST_BYTES_PER_SECOND + ": " + bytesPerSecond);
        }
        if (burstSeconds < 1 || burstSeconds > MAX_BURST_SECONDS) {
            throw new IllegalArgumentException(
                    "burstSeconds must be from 1 to " + MAX_BURST_SECONDS + ": " + burstSeconds);
        }
    }

    /** 30 frames a second per source, 8 MiB a second per client, bursts of 20 seconds. */
    public static IngestLimitSettings defaults() {
        return new IngestLimitSettings(DEFAULT_FRAMES_PER_SECOND, DEFAULT_BYTES_PER_SECOND, DEFAULT_BURST_SECONDS);
    }

    /** The bucket of one source at {@code perSecond} frames a second. */
    public Budget frames(int perSecond) {
        return Budget.perSecond(perSecond, burstSeconds);
    }

    /** The bucket of one client at {@code perSecond} bytes a second. */
    public Budget bytes(long perSecond) {
        return Budget.perSecond(perSecond, burstSeconds);
    }
}
