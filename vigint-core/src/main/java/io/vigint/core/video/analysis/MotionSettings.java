package io.vigint.core.video.analysis;

import java.time.Duration;
import java.util.Objects;

/**
 * How the motion analyzer (vigint-media) judges motion. Each frame is reduced to a grid of grey cells (the
 * average brightness of the pixels under each cell, 0-255) and compared with the frame at least {@code
 * reference} earlier (not with the previous frame, so the score does not depend on the frame rate), after
 * compensating a global change of brightness. A cell has changed when its brightness moved by more than
 * {@code cellDelta} and no small shift of the picture explains it; the motion score of a frame is the share
 * of the scene covered by its largest connected patch of changed cells, compared with the three fractions.
 * Motion must last {@code confirm} (frames with motion following each other) to count.
 *
 * @param gridWidth cells across (4-256)
 * @param gridHeight cells down (4-256)
 * @param cellDelta brightness change (1-254) above which a cell counts as changed
 * @param lowFraction share of the scene a moving patch must cover to be reported, as a low risk (0 exclusive
 *     to 1)
 * @param mediumFraction share from which the risk is medium (at least {@code lowFraction})
 * @param highFraction share from which the risk is high (at least {@code mediumFraction}, at most 1)
 * @param reference how far back the frame each frame is compared with is, at least (200 ms to 5 s)
 * @param confirm how long motion must last to be reported (0 to 5 s)
 */
public record MotionSettings(
        int gridWidth,
        int gridHeight,
        int cellDelta,
        double lowFraction,
        double mediumFraction,
        double highFraction,
        Duration reference,
        Duration confirm) {
    /** The shortest {@link #reference()}: below it a slow walk changes too little. */
    public static final Duration MIN_REFERENCE = Duration.ofMillis(200);

    /** The longest {@link #reference()} and {@link #confirm()}. */
    public static final Duration MAX_DURATION = Duration.ofSeconds(5);

    /**
     * 32 x 24 cells, a change of more than 20 brightness levels, 0.5 % / 3 % / 10 % of the scene, compared
     * with the frame 500 ms earlier, motion lasting 400 ms.
     */
    public static final MotionSettings DEFAULTS =
            new MotionSettings(32, 24, 20, 0.005, 0.03, 0.10, Duration.ofMillis(500), Duration.ofMillis(400));

    public MotionSettings {
        if (gridWidth < 4 || gridWidth > 256 || gridHeight < 4 || gridHeight > 256) {
            throw new IllegalArgumentException("the grid must be 4 to 256 cells each way");
        }
        if (cellDelta < 1 || cellDelta > 254) {
            throw new IllegalArgumentException("cellDelta must be from 1 to 254");
        }
        if (!(lowFraction > 0)
                || !(lowFraction <= mediumFraction)
                || !(mediumFraction <= highFraction)
                || !(highFraction <= 1)) {
            throw new IllegalArgumentException("the fractions must satisfy 0 < low <= medium <= high <= 1, got "
                    + lowFraction + ", " + mediumFraction + ", " + highFraction);
        }
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(confirm, "confirm");
        if (reference.compareTo(MIN_REFERENCE) < 0 || reference.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(
                    "reference must be from 200 ms to 5 s, got " + reference.toMillis() + " ms");
        }
        if (confirm.isNegative() || confirm.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("confirm must be from 0 to 5 s, got " + confirm.toMillis() + " ms");
        }
    }

    /** These settings with other thresholds. */
    public MotionSettings withThresholds(int delta, double low, double medium, double high) {
        return new MotionSettings(gridWidth, gridHeight, delta, low, medium, high, reference, confirm);
    }

    /** These settings comparing with the frame {@code referenceAge} earlier and needing {@code last} of motion. */
    public MotionSettings withTiming(Duration referenceAge, Duration last) {
        return new MotionSettings(
                gridWidth, gridHeight, cellDelta, lowFraction, mediumFraction, highFraction, referenceAge, last);
    }

    /** The risk level of a motion score. */
    public RiskLevel risk(double changedFraction) {
        if (changedFraction >= highFraction) {
            return RiskLevel.HIGH;
        }
        if (changedFraction >= mediumFraction) {
            return RiskLevel.MEDIUM;
        }
        if (changedFraction >= lowFraction) {
            return RiskLevel.LOW;
        }
        return RiskLevel.NONE;
    }
}
