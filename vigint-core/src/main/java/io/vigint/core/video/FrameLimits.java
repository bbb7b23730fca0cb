package io.vigint.core.video;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The checks a write passes before any frame of it is buffered: counts, sizes and timestamps. */
final class FrameLimits {
    private final FrameBufferSettings settings;
    private final Duration maxClockSkew;

    FrameLimits(FrameBufferSettings settings, Duration maxClockSkew) {
        this.settings = settings;
        this.maxClockSkew = maxClockSkew;
    }

    /** @throws VigintException 413 {@code TOO_MANY_FRAMES} above {@link FrameBufferSettings#maxFramesPerSource()} */
    void checkFrameCount(int count) {
        if (count > settings.maxFramesPerSource()) {
            throw new VigintException(
                    CoreErrorCode.TOO_MANY_FRAMES,
                    "At most " + settings.maxFramesPerSource() + " frames may be buffered for one source; " + count
                            + " were sent",
                    Map.of("max_frames_per_source", settings.maxFramesPerSource(), "frames", count));
        }
    }

    /** Checks every frame of a write, and the write as a whole, against the limits at {@code now}. */
    void check(List<Frame> newFrames, Instant now) {
        if (newFrames.isEmpty()) {
            throw VigintException.invalid("frames", "at least one frame is required");
        }
        checkFrameCount(newFrames.size());
        Instant latest = now.plus(maxClockSkew);
        long total = 0;
        for (Frame frame : newFrames) {
            Objects.requireNonNull(frame, "frame");
            if (frame.size() > settings.maxFrameBytes()) {
                throw FrameValidator.tooLarge(settings.maxFrameBytes());
            }
            if (frame.timestamp().isAfter(latest)) {
                throw VigintException.invalid(
                        "timestamp",
                        "a frame's timestamp may be at most " + maxClockSkew.toMinutes()
                                + " minutes ahead of the server's clock");
            }
            total += frame.size();
        }
        if (total > settings.clientBudgetBytes()) {
            throw new VigintException(
                    CoreErrorCode.PAYLOAD_TOO_LARGE,
                    "The frames are larger than this client's buffer budget of " + settings.clientBudgetBytes()
                            + " bytes",
                    Map.of("client_budget_bytes", settings.clientBudgetBytes()));
        }
    }
}
