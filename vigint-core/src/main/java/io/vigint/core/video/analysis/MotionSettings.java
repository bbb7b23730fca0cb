package io.vigint.core.video.analysis;

/**
 * How the motion analyzer (vigint-media) judges motion. Each frame is reduced to a grid of grey cells (the average
 * brightness of the pixels under each cell, 0-255); a cell has changed between two frames when its
 * brightness moved by more than {@code cellDelta}; the share of changed cells between the two most
 * different consecutive frames is the motion score, compared with the three fractions.
 *
 * @param gridWidth cells across (4-256)
 * @param gridHeight cells down (4-256)
 * @param cellDelta brightness change (1-254) above which a cell counts as changed
 * @param lowFraction share of changed cells from which motion is reported, as a low risk (0 exclusive to 1)
 * @param mediumFraction share from which the risk is medium (at least {@code lowFraction})
 * @param highFraction share from which the risk is high (at least {@code mediumFraction}, at most 1)
 * @param confirmPairs how many frame pairs with motion confirmation needs (1-100)
 */
public record MotionSettings(
        int gridWidth,
        int gridHeight,
        int cellDelta,
        double lowFraction,
        double mediumFraction,
        double highFraction,
        int confirmPairs) {
    /**
     * 32 x 24 cells, a change of more than 20 brightness levels, 0.5 % / 3 % / 10 % of the cells, motion in
     * 3 frame pairs to confirm.
     */
    public static final MotionSettings DEFAULTS = new MotionSettings(32, 24, 20, 0.005, 0.03, 0.10, 3);

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
        if (confirmPairs < 1 || confirmPairs > 100) {
            throw new IllegalArgumentException("confirmPairs must be from 1 to 100");
        }
    }

    /** These settings with other thresholds. */
    public MotionSettings withThresholds(int delta, double low, double medium, double high) {
        return new MotionSettings(gridWidth, gridHeight, delta, low, medium, high, confirmPairs);
    }

    /** These settings needing {@code pairs} frame pairs with motion to confirm. */
    public MotionSettings withConfirmPairs(int pairs) {
        return new MotionSettings(gridWidth, gridHeight, cellDelta, lowFraction, mediumFraction, highFraction, pairs);
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
