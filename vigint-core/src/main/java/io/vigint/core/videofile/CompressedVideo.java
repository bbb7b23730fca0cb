package io.vigint.core.videofile;

import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * A recording made smaller, or the recording itself when it was within the limit already or could not be
 * made smaller.
 *
 * @param video the MP4 to send: H.264 when {@code compressed}, else the recording unchanged
 * @param originalSize the recording's bytes
 * @param compressed whether {@code video} was re-encoded
 * @param withinLimit whether {@code video} is at most the size asked for
 * @param width its picture width
 * @param height its picture height
 * @param frames how many frames it holds
 * @param duration how long it plays
 * @param codec its codec ({@code h264} when compressed, else the recording's: {@code h264}, {@code mpeg4})
 */
public record CompressedVideo(
        byte[] video,
        long originalSize,
        boolean compressed,
        boolean withinLimit,
        int width,
        int height,
        int frames,
        Duration duration,
        String codec) {
    public CompressedVideo {
        Checks.nonNull("video duration codec", video, duration, codec);
    }

    /** The bytes of {@link #video}. */
    public long compressedSize() {
        return video.length;
    }

    /** Compressed size over original size, as the original server's {@code compression_ratio} (1.0 unchanged). */
    public double ratio() {
        return originalSize == 0 ? 1 : (double) video.length / originalSize;
    }

    @Override
    public String toString() {
        return "CompressedVideo[" + originalSize + " -> " + video.length + " bytes]";
    }
}
