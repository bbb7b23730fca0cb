package io.vigint.app.config;

import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameValidator;
import java.time.Duration;
import java.util.Locale;

/**
 * The settings of frame buffers (durations, size limits, memory budgets). Every key has a default that works on a laptop.
 *
 * @param buffers the windows, limits and budgets of the frame buffers
 * @param validation how thoroughly frames are checked ({@code structure} or {@code decode})
 * @param maxBatchBytes the request-body limit of {@code POST /api/video/buffer/batch}
 */
public record VideoConfig(FrameBufferSettings buffers, FrameValidator.Level validation, long maxBatchBytes) {

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        LONG_WINDOW("video.long_window", "VIGINT_VIDEO_LONG_WINDOW", "10s"),
        SHORT_WINDOW("video.short_window", "VIGINT_VIDEO_SHORT_WINDOW", "3s"),
        MAX_FRAME_BYTES("video.max_frame_bytes", "VIGINT_VIDEO_MAX_FRAME_BYTES", "5242880"),
        MAX_BATCH_BYTES("video.max_batch_bytes", "VIGINT_VIDEO_MAX_BATCH_BYTES", "33554432"),
        CLIENT_BUDGET_BYTES("video.client_budget_bytes", "VIGINT_VIDEO_CLIENT_BUDGET_BYTES", "67108864"),
        GLOBAL_BUDGET_BYTES("video.global_budget_bytes", "VIGINT_VIDEO_GLOBAL_BUDGET_BYTES", "268435456"),
        IDLE_TTL("video.idle_ttl", "VIGINT_VIDEO_IDLE_TTL", "60s"),
        MAX_SOURCES_PER_CLIENT("video.max_sources_per_client", "VIGINT_VIDEO_MAX_SOURCES_PER_CLIENT", "256"),
        VALIDATION("video.validation", "VIGINT_VIDEO_VALIDATION", "structure"),
        MAX_FRAME_PIXELS("video.max_frame_pixels", "VIGINT_VIDEO_MAX_FRAME_PIXELS", "16777216"),
        MAX_FRAMES_PER_SOURCE("video.max_frames_per_source", "VIGINT_VIDEO_MAX_FRAMES_PER_SOURCE", "300");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    static VideoConfig resolve(ConfigValues values) {
        Duration longWindow = values.duration(Key.LONG_WINDOW, Duration.ofSeconds(1), Duration.ofMinutes(10));
        Duration shortWindow = values.duration(Key.SHORT_WINDOW, Duration.ofSeconds(1), Duration.ofMinutes(10));
        if (shortWindow.compareTo(longWindow) > 0) {
            throw values.invalid(Key.SHORT_WINDOW, "a duration no longer than video.long_window (" + longWindow + ")");
        }
        long maxFrame = values.number(Key.MAX_FRAME_BYTES, 1024, 256L * 1024 * 1024);
        long clientBudget = values.number(Key.CLIENT_BUDGET_BYTES, maxFrame, 1L << 40);
        long globalBudget = values.number(Key.GLOBAL_BUDGET_BYTES, clientBudget, 1L << 40);
        String validation = values.text(Key.VALIDATION).trim().toLowerCase(Locale.ROOT);
        FrameValidator.Level level =
                switch (validation) {
                    case "structure" -> FrameValidator.Level.STRUCTURE;
                    case "decode" -> FrameValidator.Level.DECODE;
                    default -> throw values.invalid(Key.VALIDATION, "structure or decode");
                };
        FrameBufferSettings buffers = new FrameBufferSettings(
                longWindow,
                shortWindow,
                (int) maxFrame,
                clientBudget,
                globalBudget,
                values.duration(Key.IDLE_TTL, Duration.ofSeconds(1), Duration.ofDays(1)),
                (int) values.number(Key.MAX_SOURCES_PER_CLIENT, 1, 100_000),
                values.number(Key.MAX_FRAME_PIXELS, 1, 1L << 31),
                (int) values.number(Key.MAX_FRAMES_PER_SOURCE, 1, 100_000));
        long maxBatch = values.number(Key.MAX_BATCH_BYTES, 4 * maxFrame / 3 + 65_536, 1L << 32);
        return new VideoConfig(buffers, level, maxBatch);
    }
}
