package io.vigint.benchmarks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;

/**
 * The load of {@code bench/analysis-load.sh}: cameras streaming JPEG frames to a running {@code vigint
 * serve} while each camera is analyzed once a second, the way issue 11 measured ingest latency under
 * analysis.
 *
 * <p>Each of {@code CAMERAS} cameras sends {@code FPS} frames a second ({@code POST
 * /api/video/multi-source/buffer?source_id=camN}, a raw {@code image/jpeg} body) and is analyzed once a
 * second ({@code POST /api/video/analyze} with {@code {"source_id":"camN"}}), the cameras' analyses spread
 * over the second. Like a real camera client, each camera has at most one frame and one analysis in
 * flight: a tick whose previous request of the same kind is still unanswered is skipped and counted (a
 * dropped frame, a skipped analysis), so a slow server shows as latency and as fewer requests, not as an
 * ever-growing queue. Frames are {@code
 * WIDTH}x{@code HEIGHT} JPEGs of a textured scene (fixed noise, so JPEG has real detail to code) with a
 * person-sized dark block walking across it at about 40 px/s, a different path per camera; 100 frames per
 * camera are drawn once and sent in a loop.
 *
 * <p>A warm-up of {@code WARMUP} seconds under the same load is not measured; then {@code SECONDS} are.
 * Latency is from sending to the whole answer read, as the client sees it. A request fails on a status
 * other than 200, an exception, or no answer within 30 s. Prints the latency p50, p99 and max of ingest
 * and analysis, the failures, the share of analyses that reported an incident, and the calls made in all
 * (warm-up included) and answered with 200; the script compares them with the calls the server metered.
 * When the server falls behind the offered load, requests queue and time out: a timed-out request may
 * still have been served (and metered) after the client gave up.
 *
 * <p>Only loopback traffic; bounded by {@code WARMUP + SECONDS} plus at most 30 s for the last answers.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.vigint.benchmarks.AnalysisLoad PORT API_KEY [CAMERAS] [FPS]
 * [SECONDS] [WARMUP] [WIDTH] [HEIGHT]} (defaults 8, 10, 60, 10, 320, 240).
 */
public final class AnalysisLoad {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int FRAMES_PER_CAMERA = 100;

    private AnalysisLoad() {}

    /** Latencies and failures of one kind of request. */
    private static final class Stats {
        final ConcurrentLinkedQueue<Long> measured = new ConcurrentLinkedQueue<>();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong failedMeasured = new AtomicLong();
        final AtomicLong timedOut = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong badStatus = new AtomicLong();
        final AtomicLong incidents = new AtomicLong();

        String line(String name) {
            long[] sorted =
                    measured.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format(
                    "%-8s %6d measured (%d sent in all, %d ticks skipped while the previous one was in flight), "
                            + "%d failed (%d in the measured part; %d timed out, %d with a status other than 200); "
                            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    name,
                    sorted.length,
                    sent.get(),
                    skipped.get(),
                    failed.get(),
                    failedMeasured.get(),
                    timedOut.get(),
                    badStatus.get(),
                    percentile(sorted, 50),
                    percentile(sorted, 99),
                    percentile(sorted, 100));
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String apiKey = args[1];
        int cameras = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int fps = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        int width = args.length > 6 ? Integer.parseInt(args[6]) : 320;
        int height = args.length > 7 ? Integer.parseInt(args[7]) : 240;
        if (cameras < 1 || fps < 1 || fps > 1000 || seconds < 1 || warmup < 0 || width < 64 || height < 64) {
            throw new IllegalArgumentException("CAMERAS, FPS (1-1000), SECONDS must be positive, WARMUP not negative, "
                    + "WIDTH and HEIGHT at least 64");
        }

        List<byte[][]> frames = new ArrayList<>();
        long bytes = 0;
        for (int c = 0; c < cameras; c++) {
            byte[][] camera = scene(c, width, height, fps);
            frames.add(camera);
            for (byte[] frame : camera) {
                bytes += frame.length;
            }
        }
        System.out.printf(
                "load:     %d cameras x %d fps of %dx%d JPEG (%d bytes a frame on average), each camera analyzed "
                        + "once a second; warm-up %d s (not measured), then %d s measured%n",
                cameras, fps, width, height, bytes / ((long) cameras * FRAMES_PER_CAMERA), warmup, seconds);

        URI base = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        Stats ingest = new Stats();
        Stats analyze = new Stats();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        long framePeriod = TimeUnit.SECONDS.toNanos(1) / fps;
        for (int c = 0; c < cameras; c++) {
            String source = "cam" + (c + 1);
            byte[][] camera = frames.get(c);
            AtomicLong next = new AtomicLong();
            AtomicBoolean frameInFlight = new AtomicBoolean();
            AtomicBoolean analysisInFlight = new AtomicBoolean();
            scheduler.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() >= end) {
                            return;
                        }
                        if (!frameInFlight.compareAndSet(false, true)) {
                            ingest.skipped.incrementAndGet();
                            return;
                        }
                        byte[] frame = camera[(int) (next.getAndIncrement() % camera.length)];
                        HttpRequest request = HttpRequest.newBuilder(
                                        base.resolve("api/video/multi-source/buffer?source_id=" + source))
                                .timeout(TIMEOUT)
                                .header("X-API-Key", apiKey)
                                .header("Content-Type", "image/jpeg")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(frame))
                                .build();
                        send(http, request, ingest, measureFrom, inFlight, frameInFlight, false);
                    },
                    (framePeriod * c) / cameras,
                    framePeriod,
                    TimeUnit.NANOSECONDS);
            // the first analysis once the short window (3 s) can have filled, the cameras spread over the second
            long analyzeDelay = TimeUnit.SECONDS.toNanos(3) + TimeUnit.SECONDS.toNanos(1) * c / cameras;
            scheduler.scheduleAtFixedRate(
                    () -> {
                        if (System.nanoTime() >= end) {
                            return;
                        }
                        if (!analysisInFlight.compareAndSet(false, true)) {
                            analyze.skipped.incrementAndGet();
                            return;
                        }
                        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/video/analyze"))
                                .timeout(TIMEOUT)
                                .header("X-API-Key", apiKey)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"source_id\":\"" + source + "\"}"))
                                .build();
                        send(http, request, analyze, measureFrom, inFlight, analysisInFlight, true);
                    },
                    analyzeDelay,
                    TimeUnit.SECONDS.toNanos(1),
                    TimeUnit.NANOSECONDS);
        }

        long waitMillis = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        Thread.sleep(Math.max(0, waitMillis) + 200);
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                    .get(TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.out.println("note:     some requests had not finished 35 s after the load ended");
        }

        System.out.println(ingest.line("ingest"));
        System.out.println(analyze.line("analyze"));
        long answered = analyze.sent.get() - analyze.failed.get();
        System.out.printf("analyses that reported an incident: %d of %d answered%n", analyze.incidents.get(), answered);
        System.out.printf(
                "calls made: %d (ingest %d, analyze %d), answered 200: %d%n",
                ingest.sent.get() + analyze.sent.get(),
                ingest.sent.get(),
                analyze.sent.get(),
                ingest.sent.get() - ingest.failed.get() + analyze.sent.get() - analyze.failed.get());
        System.out.printf(
                "driver CPU time (this process, frames drawn included): %s%n",
                ProcessHandle.current()
                        .info()
                        .totalCpuDuration()
                        .map(d -> String.format("%.1f s", d.toMillis() / 1000.0))
                        .orElse("unknown"));
        System.exit(0);
    }

    private static void send(
            HttpClient http,
            HttpRequest request,
            Stats stats,
            long measureFrom,
            ConcurrentLinkedQueue<CompletableFuture<?>> inFlight,
            AtomicBoolean busy,
            boolean readVerdict) {
        long started = System.nanoTime();
        boolean measured = started >= measureFrom;
        stats.sent.incrementAndGet();
        CompletableFuture<?> call = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, error) -> {
                    long elapsed = System.nanoTime() - started;
                    boolean ok = error == null && response.statusCode() == 200;
                    if (!ok) {
                        stats.failed.incrementAndGet();
                        if (error == null) {
                            stats.badStatus.incrementAndGet();
                        } else if (error.getCause() instanceof java.net.http.HttpTimeoutException) {
                            stats.timedOut.incrementAndGet();
                        }
                        if (measured) {
                            stats.failedMeasured.incrementAndGet();
                        }
                        if (stats.failed.get() <= 3) {
                            System.out.println("failed:   " + request.uri().getPath() + ": "
                                    + (error == null
                                            ? response.statusCode() + " " + shorten(response.body())
                                            : error.toString()));
                        }
                    }
                    if (ok && readVerdict && response.body().contains("\"has_security_incident\":true")) {
                        stats.incidents.incrementAndGet();
                    }
                    if (measured) {
                        stats.measured.add(elapsed);
                    }
                    busy.set(false);
                });
        inFlight.add(call);
        inFlight.removeIf(CompletableFuture::isDone);
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /**
     * {@code FRAMES_PER_CAMERA} JPEG frames of one camera: a fixed textured background and a 30x60 px dark
     * block (scaled with the frame) walking across it at about 40 px/s (at 320 px wide), back and forth.
     */
    private static byte[][] scene(int camera, int width, int height, int fps) {
        Random random = new Random(11L + camera);
        BufferedImage background = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = 90 + (x * 60) / width + (y * 40) / height;
                int grey = Math.max(0, Math.min(255, base + random.nextInt(41) - 20));
                background.setRGB(x, y, new Color(grey, Math.min(255, grey + 8), Math.max(0, grey - 8)).getRGB());
            }
        }
        int blockWidth = Math.max(4, width * 30 / 320);
        int blockHeight = Math.max(8, height * 60 / 240);
        double speed = 40.0 * width / 320 / fps; // px per frame
        int span = width - blockWidth;
        int top = (height - blockHeight) * (camera % 4 + 1) / 5;
        byte[][] frames = new byte[FRAMES_PER_CAMERA][];
        for (int i = 0; i < FRAMES_PER_CAMERA; i++) {
            double travelled = (i * speed + camera * 37) % (2.0 * span);
            int x = (int) (travelled <= span ? travelled : 2 * span - travelled);
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.drawImage(background, 0, 0, null);
            g.setColor(new Color(25, 25, 35));
            g.fillRect(x, top, blockWidth, blockHeight);
            g.dispose();
            frames[i] = jpeg(frame);
        }
        return frames;
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
