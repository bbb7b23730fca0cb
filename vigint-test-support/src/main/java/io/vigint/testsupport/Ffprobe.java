package io.vigint.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's ffprobe as the independent judge of a video file: what a real player's demuxer and decoder see in
 * it, not what our encoder believes it wrote. Skips where ffprobe is absent, fails under CI.
 */
public final class Ffprobe {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ffprobe() {}

    /**
     * What ffprobe found in a file's first video stream.
     *
     * @param formatName the container as ffprobe names it ({@code mov,mp4,m4a,3gp,3g2,mj2}, {@code avi})
     * @param codec the video codec ({@code h264}, {@code mpeg4}, {@code mjpeg})
     * @param profile the codec profile ({@code Constrained Baseline}, {@code High}, ...), or empty
     * @param pixelFormat the pixel format ({@code yuv420p})
     * @param frames the frames counted by decoding the whole stream ({@code -count_frames})
     * @param duration the container's duration
     */
    public record Probe(
            String formatName,
            String codec,
            String profile,
            String pixelFormat,
            int width,
            int height,
            int frames,
            Duration duration) {}

    /** Probes {@code bytes} (written to a temporary file first). */
    public static Probe probe(byte[] bytes) {
        try {
            Path file = Files.createTempFile("vigint-probe", ".bin");
            try {
                Files.write(file, bytes);
                return probe(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Probes {@code file}, decoding it whole to count its frames; fails the test if ffprobe cannot read it. */
    public static Probe probe(Path file) {
        List<String> command = List.of(
                ExternalTool.FFPROBE.require().toString(),
                "-v",
                "error",
                "-select_streams",
                "v:0",
                "-count_frames",
                "-show_entries",
                "stream=codec_name,profile,pix_fmt,width,height,nb_read_frames:format=format_name,duration",
                "-of",
                "json",
                file.toString());
        Processes.Result result = Processes.check(command, Duration.ofSeconds(60));
        try {
            JsonNode root = JSON.readTree(result.stdout());
            JsonNode stream = root.path("streams").path(0);
            if (stream.isMissingNode()) {
                throw new AssertionError("ffprobe found no video stream in " + file + ": " + result.out());
            }
            JsonNode format = root.path("format");
            double seconds = Double.parseDouble(format.path("duration").asText("0"));
            return new Probe(
                    format.path("format_name").asText(),
                    stream.path("codec_name").asText(),
                    stream.path("profile").asText(""),
                    stream.path("pix_fmt").asText(),
                    stream.path("width").asInt(),
                    stream.path("height").asInt(),
                    Integer.parseInt(stream.path("nb_read_frames").asText("0")),
                    Duration.ofNanos(Math.round(seconds * 1e9)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
