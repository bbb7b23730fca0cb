package io.vigint.media;

import io.vigint.core.video.Frame;
import io.vigint.core.video.Region;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.core.video.analysis.MotionSettings;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The local analyzer: motion by comparing each frame with the frame a fixed time earlier ({@link
 * MotionSettings#reference()}, default 500 ms), so that the same scene gives the same verdict at 5 or 30
 * frames per second. No network.
 *
 * <p>Each frame is decoded once, the first time an analysis needs it, into a {@link LumaGrid} (average grey
 * level per cell) kept in its {@link io.vigint.core.video.FrameNotes}; later analyses only decode new frames.
 * Comparing a frame with its reference:
 *
 * <ol>
 *   <li>a global change of brightness (lighting drift, a flash, automatic gain) is fitted as {@code new = a
 *       * old + b} over the cells that agree with it and removed;
 *   <li>a cell has changed when the difference is over {@link MotionSettings#cellDelta()} and no small shift
 *       explains it: its new value is outside the range of the old 3 x 3 neighbourhood (widened by the
 *       delta), or its old value outside the new neighbourhood's range (camera shake);
 *   <li>changed cells are grouped into 8-connected patches; the largest patch's share of the scene is the
 *       frame's motion score, and patches of at least {@link MotionSettings#lowFraction()} of the scene are
 *       where the motion is. Scattered changes (rain, noise) make no patch large enough.
 * </ol>
 *
 * Motion must last: frames with motion that follow each other (or are at most {@value #GAP_MILLIS} ms apart)
 * form a run, and only a run lasting {@link MotionSettings#confirm()} (default 400 ms) is an incident, at
 * both stages. A single changed frame (a flash, a glitch) is seen twice, half a second apart (as the newer
 * frame of one pair and as the reference of another), and never makes a run.
 *
 * <p>A frame's time is its timestamp as buffered (the client's, else its arrival time; the buffer keeps
 * frames in time order). Frames sharing one timestamp (a client sending whole seconds) are spread evenly
 * up to the next timestamp. Frames that do not decode are skipped and counted. Thread-safe; it keeps
 * nothing but what it leaves in the frames' notes.
 */
public final class MotionAnalyzer implements IncidentAnalyzer {
    /** The incident type this analyzer reports. */
    public static final String MOTION = "motion";

    /** Frames with motion at most this far apart belong to one run even with frames without motion between. */
    static final long GAP_MILLIS = 250;

    private final MotionSettings settings;
    private final LumaGridDecoder decoder;
    private final int cellCount;
    private final int minPatch;

    public MotionAnalyzer(MotionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoder = new LumaGridDecoder(settings.gridWidth(), settings.gridHeight());
        this.cellCount = settings.gridWidth() * settings.gridHeight();
        this.minPatch = Math.max(1, (int) Math.ceil(settings.lowFraction() * cellCount - 1e-9));
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
        int n = frames.size();
        LumaGrid[] grids = new LumaGrid[n];
        int undecodable = 0;
        int usable = 0;
        for (int i = 0; i < n; i++) {
            grids[i] = grid(frames.get(i));
            if (grids[i].usable()) {
                usable++;
            } else {
                undecodable++;
            }
        }
        String skipped = undecodable == 0 ? "" : " (" + undecodable + " frames could not be decoded)";
        long[] times = times(frames);
        long reference = settings.reference().toMillis();
        LumaGrid.Comparison[] found = new LumaGrid.Comparison[n];
        int compared = 0;
        int withMotion = 0;
        int largest = 0;
        int ref = -1;
        for (int i = 0; i < n; i++) {
            if (!grids[i].usable()) {
                continue;
            }
            while (ref + 1 < i && times[ref + 1] <= times[i] - reference) {
                ref++;
            }
            int r = ref;
            while (r >= 0 && !grids[r].usable()) {
                r--;
            }
            if (r < 0) {
                continue;
            }
            found[i] = compare(grids[i], grids[r]);
            compared++;
            if (found[i].largestPatch() >= minPatch) {
                withMotion++;
            }
            largest = Math.max(largest, found[i].largestPatch());
        }
        if (compared == 0) {
            return Assessment.nothing(String.format(
                    Locale.ROOT,
                    "Motion needs frames at least %d ms apart to compare; %d usable frame%s, less than that apart%s.",
                    reference,
                    usable,
                    usable == 1 ? "" : "s",
                    skipped));
        }
        double largestShare = (double) largest / cellCount;
        if (withMotion == 0) {
            return Assessment.nothing(String.format(
                    Locale.ROOT,
                    "No motion: the scene is still across %d frames, each compared with the frame %d ms earlier "
                            + "(largest moving patch %.1f%% of the scene)%s.",
                    usable,
                    reference,
                    largestShare * 100,
                    skipped));
        }
        return verdict(frames, times, found, compared, withMotion, skipped);
    }

    /** Finds the runs of motion and reports the confirmed ones, or why none is. */
    private Assessment verdict(
            List<Frame> frames,
            long[] times,
            LumaGrid.Comparison[] found,
            int compared,
            int withMotion,
            String skipped) {
        Runs runs = new Runs(frames, times, found);
        boolean previousHadMotion = false;
        for (int i = 0; i < frames.size(); i++) {
            if (found[i] == null) {
                continue;
            }
            boolean motion = found[i].largestPatch() >= minPatch;
            if (motion) {
                if (runs.open() && (previousHadMotion || times[i] - times[runs.end] <= GAP_MILLIS)) {
                    runs.end = i;
                } else {
                    runs.close();
                    runs.start = i;
                    runs.end = i;
                }
            } else if (runs.open() && times[i] - times[runs.end] > GAP_MILLIS) {
                runs.close();
            }
            previousHadMotion = motion;
        }
        runs.close();
        long confirm = settings.confirm().toMillis();
        if (runs.firstConfirmed < 0) {
            return Assessment.nothing(String.format(
                    Locale.ROOT,
                    "Too brief to be an incident: motion in %d of %d compared frames, lasting at most %d ms, %d ms "
                            + "needed%s.",
                    withMotion,
                    compared,
                    runs.longest,
                    confirm,
                    skipped));
        }
        Frame first = frames.get(runs.firstConfirmed);
        Region where = region(found[runs.firstConfirmed].reference(), runs.left, runs.top, runs.right, runs.bottom);
        double share = (double) runs.largest / cellCount;
        Instant detectedAt = first.timestamp();
        return new Assessment(
                true,
                settings.risk(share),
                MOTION,
                String.format(
                        Locale.ROOT,
                        "Motion detected: a moving patch of up to %.1f%% of the scene, lasting %d ms from %s, "
                                + "in the area x=%d y=%d %dx%d; %d of %d frames compared with the frame %d ms "
                                + "earlier show motion%s.",
                        share * 100,
                        runs.longestConfirmed,
                        detectedAt,
                        where.x(),
                        where.y(),
                        where.width(),
                        where.height(),
                        withMotion,
                        compared,
                        settings.reference().toMillis(),
                        skipped),
                where,
                detectedAt);
    }

    /** The runs of frames with motion; a run lasting long enough is confirmed and its frames' notes say where. */
    private final class Runs {
        private final List<Frame> frames;
        private final long[] times;
        private final LumaGrid.Comparison[] found;
        int start = -1;
        int end = -1;
        int firstConfirmed = -1;
        long longest;
        long longestConfirmed;
        int largest;
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;

        Runs(List<Frame> frames, long[] times, LumaGrid.Comparison[] found) {
            this.frames = frames;
            this.times = times;
            this.found = found;
        }

        boolean open() {
            return start >= 0;
        }

        void close() {
            if (!open()) {
                return;
            }
            long duration = times[end] - times[start];
            longest = Math.max(longest, duration);
            if (duration >= settings.confirm().toMillis()) {
                longestConfirmed = Math.max(longestConfirmed, duration);
                if (firstConfirmed < 0) {
                    firstConfirmed = start;
                }
                for (int k = start; k <= end; k++) {
                    LumaGrid.Comparison c = found[k];
                    if (c == null || c.largestPatch() < minPatch) {
                        continue;
                    }
                    largest = Math.max(largest, c.largestPatch());
                    left = Math.min(left, c.left());
                    top = Math.min(top, c.top());
                    right = Math.max(right, c.right());
                    bottom = Math.max(bottom, c.bottom());
                    frames.get(k).notes().motion(region(c.reference(), c.left(), c.top(), c.right(), c.bottom()));
                }
            }
            start = -1;
            end = -1;
        }
    }

    /** Cells {@code left..right} x {@code top..bottom} as pixels of a frame the size of {@code grid}'s. */
    private static Region region(LumaGrid grid, int left, int top, int right, int bottom) {
        int x0 = (int) ((long) left * grid.pixelWidth / grid.columns);
        int x1 = (int) ((long) (right + 1) * grid.pixelWidth / grid.columns);
        int y0 = (int) ((long) top * grid.pixelHeight / grid.rows);
        int y1 = (int) ((long) (bottom + 1) * grid.pixelHeight / grid.rows);
        return new Region(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }

    /** The frame's grid, decoded the first time and kept in its notes. */
    private LumaGrid grid(Frame frame) {
        LumaGrid grid = frame.notes().reduced(LumaGrid.class, () -> decoder.decode(frame.data()));
        if (!grid.fits(settings.gridWidth(), settings.gridHeight())) {
            return decoder.decode(frame.data());
        }
        return grid;
    }

    /**
     * The frames' times in milliseconds: their timestamps, with frames sharing a timestamp spread evenly up to
     * the next one (the last group over the spacing of the group before it, or over one second).
     */
    static long[] times(List<Frame> frames) {
        int n = frames.size();
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = frames.get(i).timestamp().toEpochMilli();
        }
        double spacing = -1;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && times[end] == times[start]) {
                end++;
            }
            int count = end - start;
            if (count > 1) {
                long base = times[start];
                double step;
                if (end < n) {
                    step = (double) (times[end] - base) / count;
                } else {
                    step = spacing > 0 ? spacing : 1000.0 / count;
                }
                for (int k = 1; k < count; k++) {
                    times[start + k] = base + Math.round(k * step);
                }
                spacing = step;
            } else if (end < n) {
                spacing = times[end] - times[start];
            }
            start = end;
        }
        return times;
    }

    /** The comparison of {@code current} with {@code reference}, kept with {@code current}. */
    private LumaGrid.Comparison compare(LumaGrid current, LumaGrid reference) {
        LumaGrid.Comparison kept = current.comparedWith(reference, settings);
        if (kept != null) {
            return kept;
        }
        LumaGrid.Comparison made = MotionComparison.compare(current, reference, settings, minPatch);
        current.keep(made);
        return made;
    }
}
