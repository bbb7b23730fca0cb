package io.vigint.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Debian's ffmpeg, used by tests to make real video files the way other programs make them (the original
 * client's OpenCV writes MPEG-4 Part 2 tagged {@code mp4v}; phones and NVRs write H.264). Every method
 * skips the test where ffmpeg is absent, or fails it under CI ({@link ExternalTool#require()}).
 */
public final class Ffmpeg {
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Ffmpeg() {}

    /** The codecs the original system's recordings are in. */
    public enum Codec {
        /** MPEG-4 Part 2 Simple Profile tagged {@code mp4v}: what OpenCV's {@code mp4v} fourcc writes. */
        MPEG4(List.of("-c:v", "mpeg4", "-vtag", "mp4v", "-q:v", "5")),
        /** H.264 High profile, yuv420p (B-frames, CABAC). */
        H264_HIGH(List.of("-c:v", "libx264", "-profile:v", "high", "-pix_fmt", "yuv420p", "-preset", "veryfast")),
        /** H.264 Constrained Baseline, yuv420p. */
        H264_BASELINE(
                List.of("-c:v", "libx264", "-profile:v", "baseline", "-pix_fmt", "yuv420p", "-preset", "veryfast"));

        private final List<String> arguments;

        Codec(List<String> arguments) {
            this.arguments = arguments;
        }

        /** The ffmpeg output options selecting this codec. */
        public List<String> arguments() {
            return arguments;
        }
    }

    /**
     * Writes {@code out}: an MP4 of ffmpeg's moving {@code testsrc2} pattern, {@code seconds} long at
     * {@code fps}, {@code width}×{@code height}, in {@code codec}.
     */
    public static Path testPattern(Path out, Codec codec, int width, int height, int fps, double seconds) {
        return testPattern(out, codec, width, height, fps, seconds, false);
    }

    /**
     * {@link #testPattern(Path, Codec, int, int, int, double)} with {@code moov} before the media data when
     * {@code fastStart} ({@code -movflags +faststart}, as players and streaming want); ffmpeg's default puts it
     * at the end, as most recorders do.
     */
    public static Path testPattern(
            Path out, Codec codec, int width, int height, int fps, double seconds, boolean fastStart) {
        List<String> command = new ArrayList<>(List.of(
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=" + width + "x" + height + ":rate=" + fps,
                "-t",
                Double.toString(seconds)));
        command.addAll(codec.arguments());
        if (fastStart) {
            command.addAll(List.of("-movflags", "+faststart"));
        }
        command.add(out.toString());
        run(command);
        return out;
    }

    /** Runs ffmpeg with {@code arguments} (after {@code -hide_banner -loglevel error -y}); fails on a non-zero exit. */
    public static void run(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(ExternalTool.FFMPEG.require().toString());
        command.addAll(List.of("-hide_banner", "-loglevel", "error", "-nostdin", "-y"));
        command.addAll(arguments);
        Processes.check(command, TIMEOUT);
    }
}
