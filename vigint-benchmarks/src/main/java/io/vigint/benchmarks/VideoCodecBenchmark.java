package io.vigint.benchmarks;

import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.Region;
import io.vigint.core.video.VideoLimits;
import io.vigint.ffmpeg.FfmpegClipEncoder;
import io.vigint.ffmpeg.FfmpegVideoDecoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The video codec adapter (issue 11), one benchmark thread:
 *
 * <ul>
 *   <li>{@link #encodeClip}: a 10 s 640x480 10 fps alert clip, 100 JPEG frames (a moving block on tiles, every
 *       frame with a motion region) to H.264 MP4 with the time and motion overlay. The score is wall seconds per
 *       clip; {@link CpuTime} adds the benchmark thread's CPU time ({@code cpuNanos}) and the clips made ({@code
 *       clips}), whose ratio is CPU seconds of one core per clip (the encoder runs with one thread, on the caller's).
 *   <li>{@link #decodeUpload}: a 10 s 640x480 10 fps upload (made once by Debian's {@code ffmpeg}, which must be
 *       on the PATH, in H.264 High or MPEG-4 Part 2 as OpenCV's {@code mp4v} writes it) decoded to 100 JPEG frames;
 *       the score is frames per second (wall), JPEG output included; {@link CpuTime} gives frames per CPU
 *       second of the benchmark thread.
 * </ul>
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class VideoCodecBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES = 100;

    private final FfmpegClipEncoder encoder = new FfmpegClipEncoder();
    private final FfmpegVideoDecoder decoder = new FfmpegVideoDecoder();
    private List<Frame> frames;

    /** The upload to decode, in each of the original client's codecs. */
    @State(Scope.Thread)
    public static class Upload {
        @Param({"h264-high", "mpeg4"})
        public String codec;

        byte[] video;

        @Setup(Level.Trial)
        public void record() throws IOException, InterruptedException {
            video = VideoCodecBenchmark.record(codec);
            // as the adapter does: FFmpeg's per-packet log lines off stderr (the ImageIO variant bypasses it)
            org.bytedeco.ffmpeg.global.avutil.av_log_set_level(org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL);
        }
    }

    /**
     * The benchmark thread's CPU time and the clips or frames it made, summed per iteration (not normalised to
     * time): their ratio is the cost on one core, which other work on a shared machine disturbs far less than
     * wall-clock scores.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuNanos;
        public long clips;
        public long frames;
    }

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        frames = new ArrayList<>(FRAMES);
        Instant start = Instant.parse("2026-12-07T14:03:21.400Z");
        for (int i = 0; i < FRAMES; i++) {
            Frame frame = new Frame(jpeg(scene(i)), FrameFormat.JPEG, start.plusMillis(100L * i));
            frame.notes().motion(new Region(20 + i * (WIDTH - 100) / FRAMES, HEIGHT / 3, 60, 160));
            frames.add(frame);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public byte[] encodeClip(CpuTime cpu) {
        long before = THREADS.getCurrentThreadCpuTime();
        byte[] clip =
                encoder.encode(frames, ClipEncoder.DEFAULT_MAX_DECODE_PIXELS).orElseThrow();
        cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
        cpu.clips++;
        return clip;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(FRAMES)
    public DecodedVideo decodeUpload(Upload upload, CpuTime cpu) {
        long before = THREADS.getCurrentThreadCpuTime();
        DecodedVideo decoded = decoder.decode(upload.video, VideoLimits.DEFAULTS);
        cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
        cpu.frames += decoded.frames().size();
        return decoded;
    }

    /**
     * The alternative the decoder's JPEG output was chosen against: the same upload decoded by JavaCV's grabber
     * to BGR, converted with {@code Java2DFrameConverter} and written by ImageIO's JPEG writer (default quality).
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(FRAMES)
    public List<byte[]> decodeUploadViaImageIo(Upload upload, CpuTime cpu) throws Exception {
        long before = THREADS.getCurrentThreadCpuTime();
        List<byte[]> jpegs = new ArrayList<>(FRAMES);
        try (FFmpegFrameGrabber grabber =
                        new FFmpegFrameGrabber(new ByteArrayInputStream(upload.video), upload.video.length);
                Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.setFormat("mp4");
            grabber.setVideoOption("threads", "1");
            grabber.start();
            org.bytedeco.javacv.Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                jpegs.add(jpeg(converter.convert(frame)));
            }
            grabber.stop();
        }
        cpu.cpuNanos += THREADS.getCurrentThreadCpuTime() - before;
        cpu.frames += jpegs.size();
        return jpegs;
    }

    /** A 10 s 640x480 10 fps recording of ffmpeg's moving test pattern, made by Debian's ffmpeg. */
    static byte[] record(String codec) throws IOException, InterruptedException {
        Path file = Files.createTempFile("vigint-bench", ".mp4");
        try {
            List<String> command = new ArrayList<>(List.of(
                    "ffmpeg",
                    "-hide_banner",
                    "-loglevel",
                    "error",
                    "-nostdin",
                    "-y",
                    "-f",
                    "lavfi",
                    "-i",
                    "testsrc2=size=" + WIDTH + "x" + HEIGHT + ":rate=10",
                    "-t",
                    "10"));
            command.addAll(
                    codec.equals("mpeg4")
                            ? List.of("-c:v", "mpeg4", "-vtag", "mp4v", "-q:v", "5")
                            : List.of(
                                    "-c:v",
                                    "libx264",
                                    "-profile:v",
                                    "high",
                                    "-pix_fmt",
                                    "yuv420p",
                                    "-preset",
                                    "veryfast"));
            command.add(file.toString());
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("ffmpeg (Debian's, on the PATH) failed to make the upload: " + command);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Coloured tiles, an orange block moving across, as a camera's JPEG (ImageIO, quality 0.75). */
    private static BufferedImage scene(int index) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        for (int y = 0; y < HEIGHT; y += 40) {
            for (int x = 0; x < WIDTH; x += 40) {
                g.setColor(new Color((x * 3 + y) % 200 + 30, (y * 2) % 200 + 30, (x + y * 5) % 200 + 30));
                g.fillRect(x, y, 40, 40);
            }
        }
        g.setColor(Color.ORANGE);
        g.fillRect(20 + index * (WIDTH - 100) / FRAMES, HEIGHT / 3, 60, 160);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
