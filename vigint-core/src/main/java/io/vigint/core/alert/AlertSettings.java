package io.vigint.core.alert;

import io.vigint.core.clip.ClipEncoder;
import java.time.Duration;
import java.util.Objects;

/**
 * How alerts behave.
 *
 * @param maxAttachmentBytes the largest clip attached to an email; larger clips are linked instead
 * @param dedupWindow how long after an alert the same incident is not alerted again
 * @param maxClipDecodePixels how many pixels making one clip may decode (re-encoding PNG frames and frames of
 *     another size); the oldest frames are left out of the clip beyond it
 */
public record AlertSettings(long maxAttachmentBytes, Duration dedupWindow, long maxClipDecodePixels) {
    /** 10 MiB: below the limit of most mail providers (typically 20-25 MB after Base64 encoding). */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofMinutes(10);

    public AlertSettings {
        if (maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("maxAttachmentBytes must not be negative");
        }
        Objects.requireNonNull(dedupWindow, "dedupWindow");
        if (dedupWindow.isNegative()) {
            throw new IllegalArgumentException("dedupWindow must not be negative");
        }
        if (maxClipDecodePixels < 1) {
            throw new IllegalArgumentException("maxClipDecodePixels must be positive");
        }
    }

    /** Settings with the default clip decoding budget, {@link ClipEncoder#DEFAULT_MAX_DECODE_PIXELS}. */
    public AlertSettings(long maxAttachmentBytes, Duration dedupWindow) {
        this(maxAttachmentBytes, dedupWindow, ClipEncoder.DEFAULT_MAX_DECODE_PIXELS);
    }

    /** The defaults: 10 MiB attachments, a 10-minute deduplication window. */
    public static AlertSettings defaults() {
        return new AlertSettings(DEFAULT_MAX_ATTACHMENT_BYTES, DEFAULT_DEDUP_WINDOW);
    }
}
