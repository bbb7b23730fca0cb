package io.vigint.http.video;

import static io.vigint.core.video.FrameBufferSettings.DEFAULT_CLIENT_BUDGET_BYTES;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_GLOBAL_BUDGET_BYTES;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_IDLE_TTL;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_LONG_WINDOW;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_MAX_FRAMES_PER_SOURCE;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_MAX_FRAME_BYTES;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_MAX_FRAME_PIXELS;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_MAX_SOURCES_PER_CLIENT;
import static io.vigint.core.video.FrameBufferSettings.DEFAULT_SHORT_WINDOW;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.VideoLimits;
import io.vigint.http.SettingFamily;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The settings of frame buffers (durations, size limits, memory budgets). Every key has a default that works on a laptop.
 *
 * @param buffers the windows, limits and budgets of the frame buffers
 * @param validation how thoroughly frames are checked ({@code structure} or {@code decode})
 * @param maxBatchBytes the request-body limit of {@code POST /api/video/buffer/batch}
 * @param upload what {@code POST /api/video/upload} accepts (bytes, duration, resolution, frames)
 */
public record VideoConfig(
        FrameBufferSettings buffers, FrameValidator.Level validation, long maxBatchBytes, VideoLimits upload) {

    private static final SettingFamily VIDEO = new SettingFamily("video.", "VIGINT_VIDEO_");
    private static final SettingFamily UPLOAD = new SettingFamily("video.upload.", "VIGINT_VIDEO_UPLOAD_");

    public static final SettingKey LONG_WINDOW =
            VIDEO.key("long_window", DEFAULT_LONG_WINDOW, "Frames kept per source for analysis and alert clips");
    public static final SettingKey SHORT_WINDOW =
            VIDEO.key("short_window", DEFAULT_SHORT_WINDOW, "The most recent part of the long window, screened first");
    public static final SettingKey MAX_FRAME_BYTES =
            VIDEO.key("max_frame_bytes", DEFAULT_MAX_FRAME_BYTES, "Largest frame accepted, in bytes");
    public static final SettingKey MAX_BATCH_BYTES =
            VIDEO.key("max_batch_bytes", "33554432", "Request-body limit of POST /api/video/buffer/batch, in bytes");
    public static final SettingKey CLIENT_BUDGET_BYTES =
            VIDEO.key("client_budget_bytes", DEFAULT_CLIENT_BUDGET_BYTES, "Frame memory one client may hold, in bytes");
    public static final SettingKey GLOBAL_BUDGET_BYTES = VIDEO.key(
            "global_budget_bytes", DEFAULT_GLOBAL_BUDGET_BYTES, "Frame memory all clients may hold together, in bytes");
    public static final SettingKey IDLE_TTL =
            VIDEO.key("idle_ttl", DEFAULT_IDLE_TTL, "How long a source without new frames keeps its buffer");
    public static final SettingKey MAX_SOURCES_PER_CLIENT = VIDEO.key(
            "max_sources_per_client", DEFAULT_MAX_SOURCES_PER_CLIENT, "Sources one client may buffer at once");
    public static final SettingKey VALIDATION =
            VIDEO.key("validation", "structure", "How frames are checked: structure or decode");
    public static final SettingKey MAX_FRAME_PIXELS =
            VIDEO.key("max_frame_pixels", DEFAULT_MAX_FRAME_PIXELS, "Largest frame accepted, in pixels");
    public static final SettingKey MAX_FRAMES_PER_SOURCE =
            VIDEO.key("max_frames_per_source", DEFAULT_MAX_FRAMES_PER_SOURCE, "Frames kept per source at most");

    public static final SettingKey UPLOAD_MAX_BYTES = UPLOAD.key(
            "max_bytes", VideoLimits.DEFAULTS.maxBytes(), "Largest video POST /api/video/upload accepts, in bytes");
    public static final SettingKey UPLOAD_MAX_SECONDS = UPLOAD.key(
            "max_seconds", VideoLimits.DEFAULTS.maxDuration().toSeconds(), "Longest uploaded video, in seconds");
    public static final SettingKey UPLOAD_MAX_WIDTH =
            UPLOAD.key("max_width", VideoLimits.DEFAULTS.maxWidth(), "Widest uploaded video, in pixels");
    public static final SettingKey UPLOAD_MAX_HEIGHT =
            UPLOAD.key("max_height", VideoLimits.DEFAULTS.maxHeight(), "Tallest uploaded video, in pixels");
    public static final SettingKey UPLOAD_MAX_FRAMES =
            UPLOAD.key("max_frames", VideoLimits.DEFAULTS.maxFrames(), "Most frames an uploaded video may decode to");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            LONG_WINDOW,
            SHORT_WINDOW,
            MAX_FRAME_BYTES,
            MAX_BATCH_BYTES,
            CLIENT_BUDGET_BYTES,
            GLOBAL_BUDGET_BYTES,
            IDLE_TTL,
            MAX_SOURCES_PER_CLIENT,
            VALIDATION,
            MAX_FRAME_PIXELS,
            MAX_FRAMES_PER_SOURCE,
            UPLOAD_MAX_BYTES,
            UPLOAD_MAX_SECONDS,
            UPLOAD_MAX_WIDTH,
            UPLOAD_MAX_HEIGHT,
            UPLOAD_MAX_FRAMES);

    public static VideoConfig resolve(ConfigReader values) {
        Duration longWindow = values.duration(LONG_WINDOW, Duration.ofSeconds(1), Duration.ofMinutes(10));
        Duration shortWindow = values.duration(SHORT_WINDOW, Duration.ofSeconds(1), Duration.ofMinutes(10));
        if (shortWindow.compareTo(longWindow) > 0) {
            throw values.invalid(SHORT_WINDOW, "a duration no longer than video.long_window (" + longWindow + ")");
        }
        long maxFrame = values.number(MAX_FRAME_BYTES, 1024, 256L * 1024 * 1024);
        long clientBudget = values.number(CLIENT_BUDGET_BYTES, maxFrame, 1L << 40);
        long globalBudget = values.number(GLOBAL_BUDGET_BYTES, clientBudget, 1L << 40);
        String validation = values.text(VALIDATION).trim().toLowerCase(Locale.ROOT);
        FrameValidator.Level level =
                switch (validation) {
                    case "structure" -> FrameValidator.Level.STRUCTURE;
                    case "decode" -> FrameValidator.Level.DECODE;
                    default -> throw values.invalid(VALIDATION, "structure or decode");
                };
        FrameBufferSettings buffers = new FrameBufferSettings(
                longWindow,
                shortWindow,
                (int) maxFrame,
                clientBudget,
                globalBudget,
                values.duration(IDLE_TTL, Duration.ofSeconds(1), Duration.ofDays(1)),
                (int) values.number(MAX_SOURCES_PER_CLIENT, 1, 100_000),
                values.number(MAX_FRAME_PIXELS, 1, 1L << 31),
                (int) values.number(MAX_FRAMES_PER_SOURCE, 1, 100_000));
        long maxBatch = values.number(MAX_BATCH_BYTES, 4 * maxFrame / 3 + 65_536, 1L << 32);
        VideoLimits upload = new VideoLimits(
                values.number(UPLOAD_MAX_BYTES, 1024, 1L << 30),
                Duration.ofSeconds(values.number(UPLOAD_MAX_SECONDS, 1, 3600)),
                (int) values.number(UPLOAD_MAX_WIDTH, 16, 8192),
                (int) values.number(UPLOAD_MAX_HEIGHT, 16, 8192),
                (int) values.number(UPLOAD_MAX_FRAMES, 1, 100_000));
        return new VideoConfig(buffers, level, maxBatch, upload);
    }
}
