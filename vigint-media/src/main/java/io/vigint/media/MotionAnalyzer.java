package io.vigint.media;

import io.vigint.core.video.Frame;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.core.video.analysis.MotionSettings;
import io.vigint.core.video.analysis.RiskLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The local analyzer: motion by frame differencing, with no network. Each frame is decoded (subsampled
 * on decode, so large frames stay cheap), reduced to a small grid of average grey levels, and compared
 * with the frame before it; the largest share of changed cells between two consecutive frames decides
 * the risk level (see {@link MotionSettings}). Averaging over cells smooths away sensor and JPEG noise,
 * so a still scene reports nothing, while an object crossing it changes the cells it enters and leaves.
 *
 * <p>Confirmation applies the same rule to the long window and also asks that the motion last: at least
 * {@link MotionSettings#confirmPairs()} frame pairs must show it, so a flash, a glitch or a single
 * dropped frame seen by screening is vetoed. Frames that do not
 * decode (they were checked on the way in, so this should not happen) are skipped; fewer than two
 * usable frames cannot show motion and are reported as no incident. Thread-safe and stateless.
 */
public final class MotionAnalyzer implements IncidentAnalyzer {
    /** The incident type this analyzer reports. */
    public static final String MOTION = "motion";

    /** Pixels sampled per cell edge when decoding: enough to average away noise, few enough to be fast. */
    private static final int SAMPLES_PER_CELL = 8;

    private final MotionSettings settings;

    public MotionAnalyzer(MotionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** An analyzer with {@link MotionSettings#DEFAULTS}. */
    public MotionAnalyzer() {
        this(MotionSettings.DEFAULTS);
    }

    public MotionSettings settings() {
        return settings;
    }

    @Override
    public Assessment assess(AnalysisStage stage, List<Frame> frames) {
        List<float[]> grids = new ArrayList<>(frames.size());
        int undecodable = 0;
        for (Frame frame : frames) {
            float[] grid = grid(frame);
            if (grid == null) {
                undecodable++;
            } else {
                grids.add(grid);
            }
        }
        String skipped = undecodable == 0 ? "" : " (" + undecodable + " frames could not be decoded)";
        if (grids.size() < 2) {
            return Assessment.nothing("Motion needs two frames or more to compare; " + grids.size() + " usable frame"
                    + (grids.size() == 1 ? "" : "s") + skipped + ".");
        }
        double largest = 0;
        int largestAt = 0;
        int pairsWithMotion = 0;
        for (int i = 1; i < grids.size(); i++) {
            double changed = changedFraction(grids.get(i - 1), grids.get(i));
            if (changed >= settings.lowFraction()) {
                pairsWithMotion++;
            }
            if (changed > largest) {
                largest = changed;
                largestAt = i;
            }
        }
        int pairs = grids.size() - 1;
        RiskLevel risk = settings.risk(largest);
        if (risk == RiskLevel.NONE) {
            return Assessment.nothing(String.format(
                    Locale.ROOT,
                    "No motion: the scene is still across %d frames (largest change %.1f%% of the scene)%s.",
                    grids.size(),
                    largest * 100,
                    skipped));
        }
        int needed = Math.min(settings.confirmPairs(), pairs);
        if (stage == AnalysisStage.CONFIRMATION && pairsWithMotion < needed) {
            return Assessment.nothing(String.format(
                    Locale.ROOT,
                    "Too brief to confirm: motion (up to %.1f%% of the scene) in only %d of %d frame pairs, "
                            + "%d needed%s.",
                    largest * 100,
                    pairsWithMotion,
                    pairs,
                    needed,
                    skipped));
        }
        return new Assessment(
                true,
                risk,
                MOTION,
                String.format(
                        Locale.ROOT,
                        "Motion detected: up to %.1f%% of the scene changed between consecutive frames "
                                + "(largest between frames %d and %d); %d of %d frame pairs show motion%s.",
                        largest * 100,
                        largestAt,
                        largestAt + 1,
                        pairsWithMotion,
                        pairs,
                        skipped));
    }

    private double changedFraction(float[] before, float[] after) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            if (Math.abs(after[i] - before[i]) > settings.cellDelta()) {
                changed++;
            }
        }
        return (double) changed / before.length;
    }

    /** The frame as a grid of average grey levels, or null if it does not decode. */
    private float[] grid(Frame frame) {
        BufferedImage image = decode(frame.data());
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int columns = settings.gridWidth();
        int rows = settings.gridHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        double[] sums = new double[columns * rows];
        int[] counts = new int[columns * rows];
        for (int y = 0; y < height; y++) {
            int row = Math.min(rows - 1, (int) ((long) y * rows / height));
            for (int x = 0; x < width; x++) {
                int column = Math.min(columns - 1, (int) ((long) x * columns / width));
                int rgb = pixels[y * width + x];
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                int cell = row * columns + column;
                sums[cell] += 0.299 * red + 0.587 * green + 0.114 * blue;
                counts[cell]++;
            }
        }
        float[] grid = new float[columns * rows];
        for (int cell = 0; cell < grid.length; cell++) {
            grid[cell] = counts[cell] == 0 ? 0 : (float) (sums[cell] / counts[cell]);
        }
        return grid;
    }

    /**
     * Decodes in memory (never through ImageIO's temporary-file cache), skipping pixels so that about
     * {@link #SAMPLES_PER_CELL} per cell edge remain.
     */
    private BufferedImage decode(byte[] data) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int step = Math.max(
                        1,
                        Math.min(
                                reader.getWidth(0) / (settings.gridWidth() * SAMPLES_PER_CELL),
                                reader.getHeight(0) / (settings.gridHeight() * SAMPLES_PER_CELL)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
