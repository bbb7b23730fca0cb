package io.vigint.ffmpeg;

import io.vigint.core.video.EncodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.VideoEncoder;
import io.vigint.core.video.VideoEncoding;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes frames as a plain H.264 MP4 ({@link H264Mp4}: Constrained Baseline, yuv420p, {@code moov} first) with
 * nothing drawn on them, for videos a client asks for. The frame rate, like a clip's, is the number of intervals
 * over the frames' time span; the size is the first frame that decodes times the encoding's scale, rounded down
 * to even numbers (at least 16 x 16). Frames are decoded (ImageIO) and scaled one at a time as they are encoded, so
 * a long video never holds more than one decoded picture. Thread-safe.
 */
public final class FfmpegVideoEncoder implements VideoEncoder {
    /** The smallest picture side written. */
    static final int MIN_SIZE = 16;

    @Override
    public Optional<EncodedVideo> encode(List<Frame> frames, VideoEncoding encoding) {
        List<Frame> ordered = new ArrayList<>(frames);
        ordered.sort(Comparator.comparing(Frame::timestamp));
        BufferedImage first = null;
        for (Frame frame : ordered) {
            first = FfmpegClipEncoder.decode(frame.data());
            if (first != null) {
                break;
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        int width = even(first.getWidth() * encoding.scale());
        int height = even(first.getHeight() * encoding.scale());
        double fps = FfmpegClipEncoder.framesPerSecond(ordered);
        int bitrate = encoding.bitrate() > 0 ? encoding.bitrate() : H264Mp4.bitrate(width, height, fps);
        int[] written = {0};
        byte[] mp4 = H264Mp4.write(width, height, fps, bitrate, sink -> {
            for (Frame frame : ordered) {
                BufferedImage decoded = FfmpegClipEncoder.decode(frame.data());
                if (decoded != null) {
                    sink.add(FfmpegClipEncoder.fit(decoded, width, height));
                    written[0]++;
                }
            }
        });
        Duration duration = Duration.ofNanos(Math.round(written[0] / fps * 1e9));
        return Optional.of(new EncodedVideo(mp4, width, height, written[0], fps, duration));
    }

    /** {@code size} rounded down to an even number, at least {@value #MIN_SIZE} (OpenH264 refuses less). */
    private static int even(double size) {
        return Math.max(MIN_SIZE, ((int) Math.floor(size)) & ~1);
    }
}
