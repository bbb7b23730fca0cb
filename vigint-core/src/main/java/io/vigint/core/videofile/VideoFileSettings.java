package io.vigint.core.videofile;

import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * How long clients' video files live and how much of them a client may keep.
 *
 * @param downloadLifetime how long a created video can be downloaded (and is kept)
 * @param maxLinkLifetime the longest a hosted clip is kept and its link works; also the lifetime of one whose
 *     upload asks for none
 * @param quotaBytes the most bytes one client's alert clips, created videos and hosted clips may take together
 */
public record VideoFileSettings(Duration downloadLifetime, Duration maxLinkLifetime, long quotaBytes) {
    /** A created video can be downloaded for 1 hour. */
    public static final Duration DEFAULT_DOWNLOAD_LIFETIME = Duration.ofHours(1);
    /** A hosted clip is kept for at most 30 days (the original server's default for a link: 720 hours). */
    public static final Duration DEFAULT_MAX_LINK_LIFETIME = Duration.ofDays(30);
    /** 1 GiB per client. */
    public static final long DEFAULT_QUOTA_BYTES = 1L << 30;

    public VideoFileSettings {
        Checks.nonNull("downloadLifetime maxLinkLifetime", downloadLifetime, maxLinkLifetime);
        if (downloadLifetime.compareTo(Duration.ofSeconds(1)) < 0
                || maxLinkLifetime.compareTo(Duration.ofSeconds(1)) < 0
                || quotaBytes < 1) {
            throw new IllegalArgumentException("video file lifetimes and the quota must be positive");
        }
    }

    /** The defaults: 1 hour, 30 days, 1 GiB. */
    public static VideoFileSettings defaults() {
        return new VideoFileSettings(DEFAULT_DOWNLOAD_LIFETIME, DEFAULT_MAX_LINK_LIFETIME, DEFAULT_QUOTA_BYTES);
    }
}
