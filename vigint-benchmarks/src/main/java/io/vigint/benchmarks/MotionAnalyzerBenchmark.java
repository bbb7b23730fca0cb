package io.vigint.benchmarks;

import io.vigint.core.client.ClientId;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalyzeIncidentCommand;
import io.vigint.core.video.analysis.IncidentAnalysis;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.media.MotionAnalyzer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The local motion analyzer's cost per camera, the way the server runs it: one camera sends 25 frames a
 * second (320 x 240 JPEG, a shop-like room with sensor noise), buffered in the real {@link FrameBuffers}
 * (3 s / 10 s windows), and is analyzed once a second with the two-stage {@link IncidentAnalysisService}.
 *
 * <ul>
 *   <li>{@link #oneCameraSecond}: one operation is one second of one camera in steady state: buffer 25 new
 *       frames, then analyze. Frames already analyzed keep their luma grid (and their comparison) in their
 *       notes, so the cost is decoding the 25 new frames and comparing them. {@code 1000 / (ms per op)} is
 *       how many cameras one core keeps up with.
 *   <li>{@link #coldWindow}: a full 10 s window none of whose frames was decoded yet (250 decodes), the
 *       cost of every analysis before decode-once.
 * </ul>
 *
 * {@link #scene} {@code walking} has a person crossing the room back and forth all the time, so every
 * analysis runs both stages (the worst case); {@code still} has nothing moving, so only screening runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MotionAnalyzerBenchmark {
    static final int FPS = 25;
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    /** Distinct encoded frames cycled through (16 s of video). */
    static final int DISTINCT = 400;

    private static final ClientId CAMERA = new ClientId(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * The CPU time the benchmark thread spent in the measured operations (from {@link
     * ThreadMXBean#getCurrentThreadCpuTime()}), and how many there were, per iteration: on a shared machine the
     * wall-clock score also counts the time the thread waited for a core, this does not. {@code cpuMicros /
     * operations} is one operation's cost in CPU time.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long cpuMicros;
        public long operations;

        @Setup(Level.Iteration)
        public void clear() {
            cpuMicros = 0;
            operations = 0;
        }

        void add(long startNanos) {
            cpuMicros += (THREADS.getCurrentThreadCpuTime() - startNanos) / 1000;
            operations++;
        }
    }

    @Param({"walking", "still"})
    public String scene;

    private List<byte[]> jpegs;
    private SteppedClock clock;
    private FrameBuffers buffers;
    private IncidentAnalysisService analysis;
    private int next;
    private List<Frame> coldFrames;

    @Setup(Level.Trial)
    public void render() {
        jpegs = renderScene(scene.equals("walking"), DISTINCT, 7);
        clock = new SteppedClock(Instant.parse("2026-03-02T09:00:00Z"));
        buffers = new FrameBuffers(clock);
        analysis = new IncidentAnalysisService(buffers, new MotionAnalyzer(), clock);
        next = 0;
        // fill the long window once, so measuring starts in steady state
        CpuTime warmUp = new CpuTime();
        for (int second = 0; second < 11; second++) {
            oneCameraSecond(warmUp);
        }
    }

    /** One second of one camera: 25 new frames buffered, then one two-stage analysis. */
    @Benchmark
    public IncidentAnalysis oneCameraSecond(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        List<Frame> frames = new ArrayList<>(FPS);
        for (int i = 0; i < FPS; i++) {
            Instant at = clock.advance(Duration.ofMillis(1000 / FPS));
            frames.add(new Frame(jpegs.get(next++ % DISTINCT), FrameFormat.JPEG, at));
        }
        buffers.addAll(CAMERA, "default", frames);
        IncidentAnalysis result = analysis.analyze(AnalyzeIncidentCommand.defaultSource(CAMERA));
        cpu.add(start);
        return result;
    }

    @Setup(Level.Invocation)
    public void freshWindow() {
        coldFrames = new ArrayList<>(10 * FPS);
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        for (int i = 0; i < 10 * FPS; i++) {
            coldFrames.add(new Frame(jpegs.get(i), FrameFormat.JPEG, start.plusMillis(i * 1000L / FPS)));
        }
    }

    /** A 10 s window never decoded: 250 decodes and comparisons (confirmation stage). */
    @Benchmark
    public Object coldWindow(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        Object result =
                new MotionAnalyzer().assess(io.vigint.core.video.analysis.AnalysisStage.CONFIRMATION, coldFrames);
        cpu.add(start);
        return result;
    }

    /** {@code count} frames of the room, with a person walking back and forth across it when {@code walking}. */
    static List<byte[]> renderScene(boolean walking, int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(196, 186, 164));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(118, 98, 80));
            g.fillRect(0, HEIGHT - 60, WIDTH, 60);
            g.setColor(new Color(150, 190, 230));
            g.fillRect(210, 30, 80, 60);
            g.setColor(new Color(92, 62, 42));
            g.fillRect(30, 40, 50, 140);
            if (walking) {
                double t = (double) i / FPS;
                // 80 px/s, back and forth over 400 px (8 s per crossing)
                double phase = (t * 80) % 800;
                int x = (int) (phase < 400 ? phase - 40 : 760 - phase);
                g.setColor(new Color(70, 90, 150));
                g.fillRect(x, HEIGHT - 92, 27, 30);
                g.setColor(new Color(44, 44, 60));
                g.fillRect(x + 3, HEIGHT - 62, 21, 42);
                g.setColor(new Color(214, 176, 146));
                g.fillOval(x + 7, HEIGHT - 104, 13, 12);
            }
            g.dispose();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            for (int p = 0; p < pixels.length; p++) {
                int rgb = pixels[p];
                int r = noisy((rgb >> 16) & 0xff, random);
                int gr = noisy((rgb >> 8) & 0xff, random);
                int b = noisy(rgb & 0xff, random);
                pixels[p] = (r << 16) | (gr << 8) | b;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "jpeg", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            frames.add(out.toByteArray());
        }
        return frames;
    }

    private static int noisy(int value, Random random) {
        return Math.max(0, Math.min(255, value + random.nextInt(13) - 6));
    }

    /** A clock the benchmark moves: frame times and "now" advance together, 40 ms per frame. */
}
