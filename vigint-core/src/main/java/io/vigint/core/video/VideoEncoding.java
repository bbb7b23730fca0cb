package io.vigint.core.video;

/**
 * How a {@link VideoEncoder} writes a video.
 *
 * @param scale the picture size as a fraction of the frames' own, more than 0 and at most 1
 * @param bitrate the video's bits per second, or 0 for the encoder's default (about 0.3 bits a pixel a frame)
 */
public record VideoEncoding(double scale, int bitrate) {
    /** The frames' own size at the default bitrate. */
    public static final VideoEncoding ORIGINAL = new VideoEncoding(1, 0);

    public VideoEncoding {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1]: " + scale);
        }
        if (bitrate < 0) {
            throw new IllegalArgumentException("bitrate must not be negative: " + bitrate);
        }
    }
}
