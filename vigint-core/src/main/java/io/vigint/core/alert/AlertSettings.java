package io.vigint.core.alert;

import io.vigint.core.clip.ClipEncoder;
import java.time.Duration;
import java.util.Objects;

/**
 * How alerts behave.
 *
 * @param maxAttachmentBytes the largest clip attached to an email; larger clips are linked instead
 * @param cooldown how long after an alert email no other is sent for the same client, source and incident
 *     type unless its risk level is higher ({@link AlertCooldown}); zero turns cooldowns off
 * @param maxClipDecodePixels how many pixels making one clip may decode (re-encoding PNG frames and frames of
 *     another size); the oldest frames are left out of the clip beyond it
 */
public record AlertSettings(long maxAttachmentBytes, Duration cooldown, long maxClipDecodePixels) {
    /** 10 MiB: below the limit of most mail providers (typically 20-25 MB after Base64 encoding). */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    /** 60 seconds, the original Vigint's cooldown between alerts of one ongoing incident. */
    public static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(60);

    public AlertSettings {
        if (maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("maxAttachmentBytes must not be negative");
        }
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isNegative()) {
            throw new IllegalArgumentException("cooldown must not be negative");
        }
        if (maxClipDecodePixels < 1) {
            throw new IllegalArgumentException("maxClipDecodePixels must be positive");
        }
    }

    /** Settings with the default clip decoding budget, {@link ClipEncoder#DEFAULT_MAX_DECODE_PIXELS}. */
    public AlertSettings(long maxAttachmentBytes, Duration cooldown) {
        this(maxAttachmentBytes, cooldown, ClipEncoder.DEFAULT_MAX_DECODE_PIXELS);
    }

    /** The defaults: 10 MiB attachments, a 60-second cooldown. */
    public static AlertSettings defaults() {
        return new AlertSettings(DEFAULT_MAX_ATTACHMENT_BYTES, DEFAULT_COOLDOWN);
    }
}
