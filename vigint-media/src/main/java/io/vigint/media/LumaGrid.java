package io.vigint.media;

/**
 * The reduced form of one frame that the motion analyzer keeps in the frame's {@link
 * io.vigint.core.video.FrameNotes}: the average grey level (luma, 0-255, rounded) of each cell of a
 * {@code columns} x {@code rows} grid, and the frame's size in pixels (to turn cells back into pixels). About
 * 800 bytes for the default 32 x 24 grid, so a 10 s window at 25 fps keeps about 200 KB of grids. A frame
 * that could not be decoded is kept as {@link #UNDECODABLE}, so it is not decoded again.
 *
 * <p>It also remembers its latest comparison with a reference frame, so that an analysis that compares it
 * with the same reference again (the next analysis one second later, or the confirmation right after the
 * screening) does not redo the work.
 */
final class LumaGrid {
    /** A frame whose bytes did not decode. */
    static final LumaGrid UNDECODABLE = new LumaGrid(0, 0, new byte[0], 0, 0);

    final int columns;
    final int rows;
    /** Row by row, unsigned. */
    final byte[] cells;

    final int pixelWidth;
    final int pixelHeight;

    private volatile Comparison comparison;

    LumaGrid(int columns, int rows, byte[] cells, int pixelWidth, int pixelHeight) {
        this.columns = columns;
        this.rows = rows;
        this.cells = cells;
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
    }

    boolean usable() {
        return this != UNDECODABLE;
    }

    boolean fits(int wantedColumns, int wantedRows) {
        return !usable() || (columns == wantedColumns && rows == wantedRows);
    }

    int at(int cell) {
        return cells[cell] & 0xff;
    }

    /** The kept comparison of this frame with {@code reference} under {@code key}, or null. */
    Comparison comparedWith(LumaGrid reference, Object key) {
        Comparison held = comparison;
        return held != null && held.reference == reference && held.key == key ? held : null;
    }

    void keep(Comparison result) {
        comparison = result;
    }

    /**
     * What comparing a frame with its reference found.
     *
     * @param reference the reference frame's grid
     * @param key the settings it was made under (compared by identity)
     * @param largestPatch cells in the largest connected patch of changed cells
     * @param left leftmost cell column of the patches counted as motion (-1 when none)
     * @param top top cell row of them
     * @param right rightmost cell column
     * @param bottom bottom cell row
     */
    record Comparison(LumaGrid reference, Object key, int largestPatch, int left, int top, int right, int bottom) {}
}
