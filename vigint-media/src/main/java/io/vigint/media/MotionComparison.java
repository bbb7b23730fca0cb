package io.vigint.media;

import io.vigint.core.video.analysis.MotionSettings;

/**
 * Compares one frame's grid with its reference frame's grid: removes a global change of brightness, marks
 * the cells that changed in a way no small shift explains, and finds the connected patches they form (see
 * {@link MotionAnalyzer}). Pure arithmetic on the two grids; about 20 operations per cell.
 */
final class MotionComparison {
    /** The gain of a global brightness change is taken to lie within these bounds. */
    private static final double MIN_GAIN = 0.25;

    private static final double MAX_GAIN = 4;

    private MotionComparison() {}

    static LumaGrid.Comparison compare(LumaGrid current, LumaGrid reference, MotionSettings settings, int minPatch) {
        int columns = current.columns;
        int rows = current.rows;
        int n = columns * rows;
        int delta = settings.cellDelta();
        int[] now = new int[n];
        float[] before = new float[n];
        for (int i = 0; i < n; i++) {
            now[i] = current.at(i);
        }
        double[] fit = brightnessFit(current, reference, delta);
        double gain = fit[0];
        double offset = fit[1];
        for (int i = 0; i < n; i++) {
            before[i] = (float) (gain * reference.at(i) + offset);
        }
        boolean[] changed = new boolean[n];
        boolean any = false;
        for (int y = 0; y < rows; y++) {
            int y0 = Math.max(0, y - 1);
            int y1 = Math.min(rows - 1, y + 1);
            for (int x = 0; x < columns; x++) {
                int cell = y * columns + x;
                if (Math.abs(now[cell] - before[cell]) <= delta) {
                    continue;
                }
                int x0 = Math.max(0, x - 1);
                int x1 = Math.min(columns - 1, x + 1);
                float beforeLow = Float.MAX_VALUE;
                float beforeHigh = -Float.MAX_VALUE;
                int nowLow = Integer.MAX_VALUE;
                int nowHigh = Integer.MIN_VALUE;
                for (int yy = y0; yy <= y1; yy++) {
                    for (int xx = x0; xx <= x1; xx++) {
                        int k = yy * columns + xx;
                        beforeLow = Math.min(beforeLow, before[k]);
                        beforeHigh = Math.max(beforeHigh, before[k]);
                        nowLow = Math.min(nowLow, now[k]);
                        nowHigh = Math.max(nowHigh, now[k]);
                    }
                }
                boolean unexplained = now[cell] < beforeLow - delta
                        || now[cell] > beforeHigh + delta
                        || before[cell] < nowLow - delta
                        || before[cell] > nowHigh + delta;
                if (unexplained) {
                    changed[cell] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            return new LumaGrid.Comparison(reference, settings, 0, -1, -1, -1, -1);
        }
        return patches(reference, settings, changed, columns, rows, minPatch);
    }

    /**
     * The global brightness change {@code now = gain * before + offset}: first the median difference, then a
     * least-squares line through the cells within the delta of it, then again through the cells within the
     * delta of that line; so a moving object (a minority of cells) does not bend it.
     */
    static double[] brightnessFit(LumaGrid current, LumaGrid reference, int delta) {
        int n = current.columns * current.rows;
        int[] histogram = new int[511];
        for (int i = 0; i < n; i++) {
            histogram[current.at(i) - reference.at(i) + 255]++;
        }
        int seen = 0;
        int median = 0;
        for (int d = 0; d < histogram.length; d++) {
            seen += histogram[d];
            if (seen * 2 >= n) {
                median = d - 255;
                break;
            }
        }
        double gain = 1;
        double offset = median;
        for (int round = 0; round < 2; round++) {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int count = 0;
            for (int i = 0; i < n; i++) {
                int x = reference.at(i);
                int y = current.at(i);
                if (Math.abs(y - (gain * x + offset)) <= delta) {
                    sx += x;
                    sy += y;
                    sxx += (double) x * x;
                    sxy += (double) x * y;
                    count++;
                }
            }
            if (count < n / 4) {
                break;
            }
            double variance = sxx - sx * sx / count;
            if (variance < 4.0 * count) {
                gain = 1;
                offset = (sy - sx) / count;
            } else {
                gain = Math.max(MIN_GAIN, Math.min(MAX_GAIN, (sxy - sx * sy / count) / variance));
                offset = (sy - gain * sx) / count;
            }
        }
        return new double[] {gain, offset};
    }

    /** The 8-connected patches of changed cells: the largest one's size and the box around those big enough. */
    private static LumaGrid.Comparison patches(
            LumaGrid reference, MotionSettings settings, boolean[] changed, int columns, int rows, int minPatch) {
        int n = columns * rows;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int largest = 0;
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int startCell = 0; startCell < n; startCell++) {
            if (!changed[startCell] || seen[startCell]) {
                continue;
            }
            int size = 0;
            int pl = Integer.MAX_VALUE;
            int pt = Integer.MAX_VALUE;
            int pr = -1;
            int pb = -1;
            int depth = 0;
            stack[depth++] = startCell;
            seen[startCell] = true;
            while (depth > 0) {
                int cell = stack[--depth];
                int x = cell % columns;
                int y = cell / columns;
                size++;
                pl = Math.min(pl, x);
                pr = Math.max(pr, x);
                pt = Math.min(pt, y);
                pb = Math.max(pb, y);
                for (int yy = Math.max(0, y - 1); yy <= Math.min(rows - 1, y + 1); yy++) {
                    for (int xx = Math.max(0, x - 1); xx <= Math.min(columns - 1, x + 1); xx++) {
                        int next = yy * columns + xx;
                        if (changed[next] && !seen[next]) {
                            seen[next] = true;
                            stack[depth++] = next;
                        }
                    }
                }
            }
            largest = Math.max(largest, size);
            if (size >= minPatch) {
                left = Math.min(left, pl);
                top = Math.min(top, pt);
                right = Math.max(right, pr);
                bottom = Math.max(bottom, pb);
            }
        }
        if (right < 0) {
            return new LumaGrid.Comparison(reference, settings, largest, -1, -1, -1, -1);
        }
        return new LumaGrid.Comparison(reference, settings, largest, left, top, right, bottom);
    }
}
