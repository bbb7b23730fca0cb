package io.vigint.http.files;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.core.videofile.VideoFileSettings;
import io.vigint.http.SettingFamily;
import java.time.Duration;
import java.util.List;

/**
 * The settings of clients' video files: how long a created video can be downloaded, the longest a hosted clip
 * is kept, and how much one client may keep on the server's disk.
 */
public final class StorageConfig {
    private static final SettingFamily STORAGE = new SettingFamily("storage.", "VIGINT_STORAGE_");

    public static final SettingKey DOWNLOAD_LIFETIME = STORAGE.key(
            "download_lifetime",
            VideoFileSettings.DEFAULT_DOWNLOAD_LIFETIME,
            "How long a video made by POST /api/video/create can be downloaded (and is kept)");
    public static final SettingKey MAX_LINK_LIFETIME = STORAGE.key(
            "max_link_lifetime",
            VideoFileSettings.DEFAULT_MAX_LINK_LIFETIME,
            "Longest a clip hosted by POST /api/v1/videos/upload is kept and its link works (also the default)");
    public static final SettingKey CLIENT_QUOTA_BYTES = STORAGE.key(
            "client_quota_bytes",
            VideoFileSettings.DEFAULT_QUOTA_BYTES,
            "Bytes of alert clips, created videos and hosted clips one client may keep on disk");

    /** Every setting, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(DOWNLOAD_LIFETIME, MAX_LINK_LIFETIME, CLIENT_QUOTA_BYTES);

    private StorageConfig() {}

    /** The settings from {@code values}; a bad value names its origin. */
    public static VideoFileSettings resolve(ConfigReader values) {
        return new VideoFileSettings(
                values.duration(DOWNLOAD_LIFETIME, Duration.ofSeconds(1), Duration.ofDays(30)),
                values.duration(MAX_LINK_LIFETIME, Duration.ofSeconds(1), Duration.ofDays(3650)),
                values.number(CLIENT_QUOTA_BYTES, 1024, 1L << 50));
    }
}
