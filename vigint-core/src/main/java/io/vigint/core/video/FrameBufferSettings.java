package io.vigint.core.video;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The limits of the frame buffers of one server. Every value has a default that works on a laptop
 * ({@link #defaults()}); the {@code with…} methods return changed copies.
 *
 * @param longWindow how much video each source keeps (confirmation and clips; default 10 s)
 * @param shortWindow the newest part of the long window used for screening (default 3 s); at most the long window
 * @param maxFrameBytes the largest encoded frame accepted (default 5 MiB); larger ones are 413 {@code PAYLOAD_TOO_LARGE}
 * @param clientBudgetBytes how many bytes of frames one client may hold over all its sources (default 64 MiB); above
 *     it the client's oldest frames, least recently written sources first, are evicted
 * @param globalBudgetBytes how many bytes of frames the server holds over all clients (default 256 MiB); above it
 *     the oldest frames of the least recently written (idle) sources are evicted first
 * @param idleTtl a source that received no frame for this long is dropped with its frames (default 60 s)
 * @param maxSourcesPerClient how many sources one client may buffer at once (default 256)
 * @param maxFramePixels the most pixels (width x height, read from the image header before anything is decoded)
 *     of one frame (default 16,777,216 = 4096 x 4096); larger ones are 413 {@code FRAME_TOO_LARGE_PIXELS}
 * @param maxFramesPerSource the most frames one source holds (default 300: 30 frames a second over the default
 *     10 s window); a request with more frames for one source is 413 {@code TOO_MANY_FRAMES}, and a source at
 *     the cap loses its own oldest frames as new ones arrive
 */
public record FrameBufferSettings(
        Duration longWindow,
        Duration shortWindow,
        int maxFrameBytes,
        long clientBudgetBytes,
        long globalBudgetBytes,
        Duration idleTtl,
        int maxSourcesPerClient,
        long maxFramePixels,
        int maxFramesPerSource) {
    public static final Duration DEFAULT_LONG_WINDOW = Duration.ofSeconds(10);
    public static final Duration DEFAULT_SHORT_WINDOW = Duration.ofSeconds(3);
    public static final int DEFAULT_MAX_FRAME_BYTES = 5 * 1024 * 1024;
    public static final long DEFAULT_CLIENT_BUDGET_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_GLOBAL_BUDGET_BYTES = 256L * 1024 * 1024;
    public static final Duration DEFAULT_IDLE_TTL = Duration.ofSeconds(60);
    public static final int DEFAULT_MAX_SOURCES_PER_CLIENT = 256;
    public static final long DEFAULT_MAX_FRAME_PIXELS = 4096L * 4096;
    public static final int DEFAULT_MAX_FRAMES_PER_SOURCE = 300;

    public FrameBufferSettings {
        Checks.nonNull("longWindow shortWindow idleTtl", longWindow, shortWindow, idleTtl);
        if (!positive(longWindow) || !positive(shortWindow) || shortWindow.compareTo(longWindow) > 0) {
            throw new IllegalArgumentException(
                    "the windows must be positive and the short window at most the long one: short " + shortWindow
                            + ", long " + longWindow);
        }
        if (!positive(idleTtl)) {
            throw new IllegalArgumentException("idleTtl must be positive: " + idleTtl);
        }
        if (maxFrameBytes < 1 || clientBudgetBytes < maxFrameBytes || globalBudgetBytes < clientBudgetBytes) {
            throw new IllegalArgumentException("the limits must satisfy 0 < max frame (" + maxFrameBytes
                    + ") <= client budget (" + clientBudgetBytes + ") <= global budget (" + globalBudgetBytes + ")");
        }
        if (maxSourcesPerClient < 1) {
            throw new IllegalArgumentException("maxSourcesPerClient must be positive: " + maxSourcesPerClient);
        }
        if (maxFramePixels < 1 || maxFramesPerSource < 1) {
            throw new IllegalArgumentException("maxFramePixels (" + maxFramePixels + ") and maxFramesPerSource ("
                    + maxFramesPerSource + ") must be positive");
        }
    }

    /**
     * 10 s and 3 s windows, 5 MiB frames, 64 MiB per client, 256 MiB in all, 60 s idle TTL, 256 sources,
     * 4096 x 4096 pixels a frame, 300 frames a source.
     */
    public static FrameBufferSettings defaults() {
        return new FrameBufferSettings(
                DEFAULT_LONG_WINDOW,
                DEFAULT_SHORT_WINDOW,
                DEFAULT_MAX_FRAME_BYTES,
                DEFAULT_CLIENT_BUDGET_BYTES,
                DEFAULT_GLOBAL_BUDGET_BYTES,
                DEFAULT_IDLE_TTL,
                DEFAULT_MAX_SOURCES_PER_CLIENT,
                DEFAULT_MAX_FRAME_PIXELS,
                DEFAULT_MAX_FRAMES_PER_SOURCE);
    }

    public FrameBufferSettings withWindows(Duration newLong, Duration newShort) {
        return edit(draft -> draft.windows(newLong, newShort));
    }

    public FrameBufferSettings withMaxFrameBytes(int bytes) {
        return edit(draft -> draft.maxFrameBytes = bytes);
    }

    public FrameBufferSettings withBudgets(long clientBytes, long globalBytes) {
        return edit(draft -> draft.budgets(clientBytes, globalBytes));
    }

    public FrameBufferSettings withIdleTtl(Duration ttl) {
        return edit(draft -> draft.idleTtl = ttl);
    }

    public FrameBufferSettings withMaxSourcesPerClient(int sources) {
        return edit(draft -> draft.maxSourcesPerClient = sources);
    }

    public FrameBufferSettings withFrameCaps(long pixels, int framesPerSource) {
        return edit(draft -> draft.frameCaps(pixels, framesPerSource));
    }

    /** These settings with what {@code change} sets on a copy, validated again. */
    private FrameBufferSettings edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.settings();
    }

    /** A copy of some settings to change field by field; {@link #settings()} validates the result. */
    private static final class Draft {
        private Duration longWindow;
        private Duration shortWindow;
        private int maxFrameBytes;
        private long clientBudgetBytes;
        private long globalBudgetBytes;
        private Duration idleTtl;
        private int maxSourcesPerClient;
        private long maxFramePixels;
        private int maxFramesPerSource;

        private Draft(FrameBufferSettings from) {
            longWindow = from.longWindow;
            shortWindow = from.shortWindow;
            maxFrameBytes = from.maxFrameBytes;
            clientBudgetBytes = from.clientBudgetBytes;
            globalBudgetBytes = from.globalBudgetBytes;
            idleTtl = from.idleTtl;
            maxSourcesPerClient = from.maxSourcesPerClient;
            maxFramePixels = from.maxFramePixels;
            maxFramesPerSource = from.maxFramesPerSource;
        }

        private void windows(Duration newLong, Duration newShort) {
            longWindow = newLong;
            shortWindow = newShort;
        }

        private void budgets(long clientBytes, long globalBytes) {
            clientBudgetBytes = clientBytes;
            globalBudgetBytes = globalBytes;
        }

        private void frameCaps(long pixels, int framesPerSource) {
            maxFramePixels = pixels;
            maxFramesPerSource = framesPerSource;
        }

        private FrameBufferSettings settings() {
            return new FrameBufferSettings(
                    this.longWindow,
                    this.shortWindow,
                    this.maxFrameBytes,
                    this.clientBudgetBytes,
                    this.globalBudgetBytes,
                    this.idleTtl,
                    this.maxSourcesPerClient,
                    this.maxFramePixels,
                    this.maxFramesPerSource);
        }
    }

    /** The windows every client gets unless a {@link WindowPolicy} says otherwise. */
    public WindowDurations windows() {
        return new WindowDurations(longWindow, shortWindow);
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }
}
