package io.vigint.ffmpeg;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Writes pictures as H.264 (OpenH264, the encoder of FFmpeg's LGPL build: Constrained Baseline, yuv420p) in MP4
 * with the {@code moov} box first, one picture at a time: what {@link FfmpegClipEncoder} and {@link
 * FfmpegVideoEncoder} share. FFmpeg's {@code faststart} rewrites the file, so it is written to a temporary file,
 * read back and deleted.
 */
final class H264Mp4 {
    /** The lowest bitrate asked of OpenH264. */
    static final int MIN_BITRATE = 16_000;
    /** The highest bitrate asked of OpenH264. */
    static final int MAX_BITRATE = 8_000_000;

    /** Where the pictures go; each must be {@code width} x {@code height}. */
    @FunctionalInterface
    interface Sink {
        void add(BufferedImage picture);
    }

    /** Feeds the pictures, in order, into a sink. */
    @FunctionalInterface
    interface Pictures {
        void writeTo(Sink sink);
    }

    private H264Mp4() {}

    /** The pictures {@code pictures} gives, at {@code fps} and {@code bitrate} bits per second. */
    static byte[] write(int width, int height, double fps, int bitrate, Pictures pictures) {
        Natives.init();
        Path file = null;
        try {
            file = Files.createTempFile("vigint-video", ".mp4");
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
                    Java2DFrameConverter converter = new Java2DFrameConverter()) {
                recorder.setFormat("mp4");
                recorder.setVideoCodecName("libopenh264");
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(fps);
                recorder.setVideoBitrate(Math.max(MIN_BITRATE, Math.min(MAX_BITRATE, bitrate)));
                recorder.setGopSize((int) Math.max(1, Math.round(fps * 2)));
                recorder.setOption("movflags", "+faststart");
                recorder.setVideoOption("threads", "1");
                recorder.start();
                pictures.writeTo(picture -> {
                    try {
                        recorder.record(converter.convert(picture));
                    } catch (FrameRecorder.Exception e) {
                        throw new IllegalStateException("FFmpeg could not encode the video: " + e.getMessage(), e);
                    }
                });
                recorder.stop();
            }
            return Files.readAllBytes(file);
        } catch (FrameRecorder.Exception e) {
            throw new IllegalStateException("FFmpeg could not encode the video: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /** About 0.3 bits a pixel a frame (1 Mbit/s for 640 x 480 at 10 fps), between 100 kbit/s and 8 Mbit/s. */
    static int bitrate(int width, int height, double fps) {
        double bits = width * (double) height * Math.max(fps, 1) * 0.3;
        return (int) Math.max(100_000, Math.min(MAX_BITRATE, bits));
    }
}
