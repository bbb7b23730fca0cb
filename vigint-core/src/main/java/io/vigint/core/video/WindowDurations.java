package io.vigint.core.video;

import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * The two windows of a client's buffers.
 *
 * @param longWindow how much video a source keeps
 * @param shortWindow the newest part of it, at most {@code longWindow}
 */
public record WindowDurations(Duration longWindow, Duration shortWindow) {
    public WindowDurations {
        Checks.nonNull("longWindow shortWindow", longWindow, shortWindow);
        if (longWindow.isNegative()
                || longWindow.isZero()
                || shortWindow.isNegative()
                || shortWindow.isZero()
                || shortWindow.compareTo(longWindow) > 0) {
            throw new IllegalArgumentException(
                    "windows must be positive and short <= long: " + shortWindow + ", " + longWindow);
        }
    }
}
