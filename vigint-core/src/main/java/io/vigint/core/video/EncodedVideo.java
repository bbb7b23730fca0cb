package io.vigint.core.video;

import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * A video a {@link VideoEncoder} wrote.
 *
 * @param mp4 the file: H.264 in MP4
 * @param width its picture width in pixels
 * @param height its picture height in pixels
 * @param frames how many frames it holds
 * @param framesPerSecond its constant frame rate
 * @param duration how long it plays (frames over frame rate)
 */
public record EncodedVideo(byte[] mp4, int width, int height, int frames, double framesPerSecond, Duration duration) {
    public EncodedVideo {
        Checks.nonNull("mp4 duration", mp4, duration);
        if (width < 1 || height < 1 || frames < 1 || !(framesPerSecond > 0)) {
            throw new IllegalArgumentException("an encoded video has a size, frames and a frame rate");
        }
    }

    /** Its length in bytes. */
    public int size() {
        return mp4.length;
    }

    @Override
    public String toString() {
        return "EncodedVideo[" + mp4.length + " bytes, " + width + "x" + height + ", " + frames + " frames]";
    }
}
