package io.vigint.http.alert;

import io.vigint.core.clip.ClipFormat;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.http.ServerConfig;
import io.vigint.http.SettingFamily;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The settings of alerts (clip retention, link lifetime, cooldown, attachment limit). Every key has a
 * default that works on a laptop.
 *
 * @param clipRetention how long incident clips are kept in {@code <data dir>/clips} (default 48h)
 * @param linkLifetime how long a signed video link works (default 48h)
 * @param cooldown how long after an alert email no other is sent for the same client, source and incident type
 *     unless of a higher risk level (default 60s, the original Vigint's; 0s turns it off)
 * @param maxAttachmentBytes the largest clip attached to an email; larger ones are linked (default 10 MiB)
 * @param publicBaseUrl where clients reach this server, for video links; {@code null} (the default) means
 *     {@code http://<server.host>:<server.port>}, with 127.0.0.1 for a wildcard host
 * @param maxClipDecodePixels how many pixels making one clip may decode (PNG frames and frames of another size
 *     are decoded and re-encoded); the oldest frames are left out beyond it (default 100,000,000)
 * @param clipFormat the container of alert clips: {@code mp4} (H.264, the default: plays in browsers, phones and
 *     mail previews) or {@code avi} (MJPEG, as before issue 11: plays in VLC)
 */
public record AlertConfig(
        Duration clipRetention,
        Duration linkLifetime,
        Duration cooldown,
        long maxAttachmentBytes,
        String publicBaseUrl,
        long maxClipDecodePixels,
        ClipFormat clipFormat) {

    private static final SettingFamily ALERTS = new SettingFamily("alerts.", "VIGINT_ALERTS_");

    public static final SettingKey CLIP_RETENTION =
            ALERTS.key("clip_retention", "48h", "How long incident clips are kept in <data dir>/clips");
    public static final SettingKey LINK_LIFETIME =
            ALERTS.key("link_lifetime", "48h", "How long a signed video link works");
    public static final SettingKey COOLDOWN = ALERTS.key(
            "cooldown",
            "60s",
            "After an alert email, how long no other is sent for the same source and incident type unless of a"
                    + " higher risk level (0s turns it off)");
    public static final SettingKey MAX_ATTACHMENT_BYTES =
            ALERTS.key("max_attachment_bytes", "10485760", "Largest clip attached to an email; larger ones are linked");
    public static final SettingKey PUBLIC_BASE_URL = ALERTS.key(
            "public_base_url",
            "",
            "Where clients reach this server, for links (default http://<server.host>:<server.port>)");
    public static final SettingKey MAX_CLIP_DECODE_PIXELS = ALERTS.key(
            "max_clip_decode_pixels",
            "100000000",
            "Pixels making one clip may decode; older frames are left out beyond it");
    public static final SettingKey CLIP_FORMAT = ALERTS.key(
            "clip_format",
            "mp4",
            "Container of alert clips: mp4 (H.264, plays in browsers and phones) or avi (MJPEG, plays in VLC)");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            CLIP_RETENTION,
            LINK_LIFETIME,
            COOLDOWN,
            MAX_ATTACHMENT_BYTES,
            PUBLIC_BASE_URL,
            MAX_CLIP_DECODE_PIXELS,
            CLIP_FORMAT);

    public static AlertConfig resolve(ConfigReader values) {
        String base = values.optionalText(PUBLIC_BASE_URL);
        if (base != null) {
            base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            if (!isHttpUrl(base)) {
                throw values.invalid(PUBLIC_BASE_URL, "an http:// or https:// URL such as https://vigint.example.com");
            }
        }
        return new AlertConfig(
                values.duration(CLIP_RETENTION, Duration.ofMinutes(1), Duration.ofDays(365)),
                values.duration(LINK_LIFETIME, Duration.ofMinutes(1), Duration.ofDays(365)),
                values.duration(COOLDOWN, Duration.ZERO, Duration.ofDays(1)),
                values.number(MAX_ATTACHMENT_BYTES, 0, 1L << 30),
                base,
                values.number(MAX_CLIP_DECODE_PIXELS, 1, 1L << 40),
                clipFormat(values));
    }

    private static ClipFormat clipFormat(ConfigReader values) {
        String text = values.text(CLIP_FORMAT).trim().toLowerCase(Locale.ROOT);
        for (ClipFormat format : ClipFormat.values()) {
            if (format.extension().equals(text)) {
                return format;
            }
        }
        throw values.invalid(CLIP_FORMAT, "mp4 or avi");
    }

    /** The base URL of video links for a server listening as {@code server} says. */
    public String publicBaseUrl(ServerConfig server) {
        if (publicBaseUrl != null) {
            return publicBaseUrl;
        }
        String host = server.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + server.port();
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
