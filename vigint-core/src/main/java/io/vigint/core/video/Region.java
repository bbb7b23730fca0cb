package io.vigint.core.video;

/**
 * A rectangle of a frame, in the frame's own pixels: where an analyzer saw motion, say.
 *
 * @param x left edge, from 0
 * @param y top edge, from 0
 * @param width at least 1
 * @param height at least 1
 */
public record Region(int x, int y, int width, int height) {
    public Region {
        if (x < 0 || y < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("a region starts at or after (0, 0) and is at least 1 x 1, got " + x
                    + "," + y + " " + width + "x" + height);
        }
    }

    /** The smallest region holding this one and {@code other}. */
    public Region union(Region other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        int right = Math.max(x + width, other.x + other.width);
        int bottom = Math.max(y + height, other.y + other.height);
        return new Region(left, top, right - left, bottom - top);
    }
}
