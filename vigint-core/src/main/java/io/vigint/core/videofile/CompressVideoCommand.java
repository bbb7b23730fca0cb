package io.vigint.core.videofile;

import io.vigint.core.error.VigintException;
import java.util.Objects;

/**
 * Make a recording small enough for an email, as the original server's {@code compress_video_for_email}.
 *
 * @param video the MP4 file (H.264 or MPEG-4 Part 2)
 * @param maxSizeMb the size to get under, in MiB (the original's {@code max_size_mb}); null for {@value
 *     #DEFAULT_MAX_SIZE_MB}; must be above 0
 * @param qualityReduction how much each further attempt shrinks the picture (the original's {@code
 *     quality_reduction}, "0.1 = very compressed, 0.9 = minimal compression"); null for {@value
 *     #DEFAULT_QUALITY_REDUCTION}; values outside 0.1..1 are taken as the nearest end
 */
public record CompressVideoCommand(byte[] video, Double maxSizeMb, Double qualityReduction) {
    /** The original client's default size limit: 20 MiB. */
    public static final double DEFAULT_MAX_SIZE_MB = 20;
    /** The original client's default quality reduction. */
    public static final double DEFAULT_QUALITY_REDUCTION = 0.85;

    private static final double MIN_QUALITY = 0.1;

    public CompressVideoCommand {
        Objects.requireNonNull(video, "video");
        if (video.length == 0) {
            throw VigintException.invalid("video_data", "video_data is required: the MP4 file, base64");
        }
        if (maxSizeMb == null) {
            maxSizeMb = DEFAULT_MAX_SIZE_MB;
        }
        if (!(maxSizeMb > 0 && maxSizeMb < 1e6)) {
            throw VigintException.invalid("max_size_mb", "max_size_mb must be a size in MiB above 0");
        }
        if (qualityReduction == null || qualityReduction.isNaN()) {
            qualityReduction = DEFAULT_QUALITY_REDUCTION;
        }
        qualityReduction = Math.max(MIN_QUALITY, Math.min(1, qualityReduction));
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return (long) Math.floor(maxSizeMb * 1024 * 1024);
    }
}
