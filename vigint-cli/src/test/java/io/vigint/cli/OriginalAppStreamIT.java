package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.testsupport.Ffprobe;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original camera streamer, {@code vigint/app.py}, replayed against {@code vigint serve}'s own wiring under
 * the server's <em>default</em> settings for a minute, as a customer runs it (issue 12, SPEC §3.1b): it checks
 * {@code GET /api/health} and {@code GET /api/usage}, then sends <em>every</em> frame of a 25 fps camera as its own
 * {@code POST /api/video/buffer} ({@code {"frame_data", "frame_count"}}, one thread per frame, 5 s timeout),
 * analyses every 3 s (its {@code short_buffer_duration}) once 3 s have streamed, with body {@code {}}, and on an
 * incident posts its alert built from the answer ({@code analysis}, {@code frame_count}, {@code risk_level},
 * {@code incident_type}), all with {@code Authorization: Bearer <api key>}. The recording is a 10 s shop scene
 * (a person crosses from 4 s to 8 s) that app.py restarts when it ends, as it does with a video file.
 *
 * <p>Before issue 12, 234 of 292 frames and 8 of 9 analyses were refused with 429 under the 60-calls-a-minute
 * default; here nothing may be refused, every analysis answer carries what app.py reads, and every alert the
 * server did not deduplicate arrives with its clip.
 */
class OriginalAppStreamIT {
    private static final int FPS = 25;
    private static final int SECONDS = 60;
    private static final int ANALYSIS_EVERY_SECONDS = 3;
    private static final int CYCLE_FRAMES = 10 * FPS;
    private static final int WALK_FROM = 4 * FPS;
    private static final int WALK_UNTIL = 8 * FPS;
    private static final Duration APP_PY_BUFFER_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration APP_PY_ANALYZE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration APP_PY_ALERT_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path cwd;

    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final HttpClient http = HttpClient.newBuilder().executor(threads).build();
    private ServedVigint served;
    private CreatedClient shop;

    @BeforeEach
    void start() throws Exception {
        // The server's default frame windows (3 s / 10 s), not ServedVigint's wide test windows.
        served = ServedVigint.start(
                cwd,
                null,
                Map.of(
                        "VIGINT_VIDEO_SHORT_WINDOW", "3s",
                        "VIGINT_VIDEO_LONG_WINDOW", "10s"));
        shop = served.createClient("Shop");
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
        if (served != null) {
            served.close();
        }
    }

    @Test
    void aTwentyFiveFpsCameraStreamsForAMinuteAndNothingIsRefused() throws Exception {
        List<byte[]> recording = recording();

        // app.py _test_connection
        assertThat(send(get("api/health")).statusCode()).isEqualTo(200);
        assertThat(send(bearer(get("api/usage"))).statusCode()).isEqualTo(200);

        ConcurrentLinkedQueue<Answer> buffers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> analyses = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Answer> alerts = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();

        long start = System.nanoTime();
        long frameNanos = TimeUnit.SECONDS.toNanos(1) / FPS;
        int frameCount = 0;
        long lastAnalysis = start - TimeUnit.SECONDS.toNanos(ANALYSIS_EVERY_SECONDS); // app.py: last_analysis_time = 0
        for (int i = 0; i < FPS * SECONDS; i++) {
            sleepUntil(start + i * frameNanos);
            frameCount++;
            String body = "{\"frame_data\": \"" + Base64.getEncoder().encodeToString(recording.get(i % CYCLE_FRAMES))
                    + "\", \"frame_count\": " + frameCount + "}";
            pending.add(sendAsync(post("api/video/buffer", body, APP_PY_BUFFER_TIMEOUT), buffers));

            long now = System.nanoTime();
            boolean bufferReady = now - start >= TimeUnit.SECONDS.toNanos(ANALYSIS_EVERY_SECONDS);
            if (bufferReady && now - lastAnalysis >= TimeUnit.SECONDS.toNanos(ANALYSIS_EVERY_SECONDS)) {
                lastAnalysis = now;
                pending.add(sendAsync(post("api/video/analyze", "{}", APP_PY_ANALYZE_TIMEOUT), analyses)
                        .thenCompose(analysis -> alertIfIncident(analysis, alerts)));
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

        assertThat(buffers).hasSize(FPS * SECONDS);
        assertThat(refused(buffers)).as("frames refused or failed").isEmpty();
        for (Answer buffered : buffers) {
            assertThat(buffered.json().get("status").asText()).isEqualTo("buffered");
        }

        assertThat(analyses).hasSizeBetween(SECONDS / ANALYSIS_EVERY_SECONDS - 2, SECONDS / ANALYSIS_EVERY_SECONDS);
        assertThat(refused(analyses)).as("analyses refused or failed").isEmpty();
        int incidents = 0;
        for (Answer analysis : analyses) {
            JsonNode json = analysis.json();
            // What app.py reads: has_security_incident, risk_level, analysis; its alert needs frame_count.
            assertThat(json.get("has_security_incident").isBoolean())
                    .as(json.toString())
                    .isTrue();
            assertThat(json.get("frame_count").isInt()).as(json.toString()).isTrue();
            assertThat(json.get("analysis").isTextual()).as(json.toString()).isTrue();
            assertThat(json.get("risk_level").isTextual()).as(json.toString()).isTrue();
            if (json.get("has_security_incident").asBoolean()) {
                incidents++;
                assertThat(json.get("frame_count").asInt()).isPositive();
            }
        }
        assertThat(incidents)
                .as("the person crossing the shop, six times in the minute")
                .isPositive();

        assertThat(alerts).hasSize(incidents);
        assertThat(refused(alerts)).as("alerts refused or failed").isEmpty();
        int mailed = 0;
        for (Answer alert : alerts) {
            assertThat(alert.json().get("success").asBoolean())
                    .as(alert.json().toString())
                    .isTrue();
            assertThat(alert.json().get("recipient").asText()).isEqualTo("shop@example.com");
            if (!alert.json().get("deduplicated").asBoolean()) {
                mailed++;
                assertThat(alert.json().get("video_attached").asBoolean())
                        .as(alert.json().toString())
                        .isTrue();
            }
        }
        assertThat(mailed).isPositive();
        List<Path> outbox = served.awaitOutbox(mailed);
        assertThat(outbox).hasSize(mailed);
        for (Path eml : outbox) {
            MimeMessage mail = OutboxMail.read(eml);
            assertThat(OutboxMail.recipients(mail)).containsExactly("shop@example.com");
            assertThat(Ffprobe.probe(OutboxMail.onlyAttachment(mail)).frames())
                    .as("the alert's clip plays")
                    .isPositive();
        }
    }

    /** app.py's {@code send_security_alert}, when the analysis found an incident. */
    private CompletableFuture<?> alertIfIncident(Answer analysis, ConcurrentLinkedQueue<Answer> alerts) {
        JsonNode json = analysis.json();
        if (json == null || !json.path("has_security_incident").asBoolean()) {
            return CompletableFuture.completedFuture(null);
        }
        String body = "{\"analysis\": " + json.get("analysis") + ", \"frame_count\": " + json.get("frame_count")
                + ", \"risk_level\": " + json.get("risk_level") + ", \"incident_type\": "
                + (json.hasNonNull("incident_type") ? json.get("incident_type").toString() : "\"\"") + "}";
        return sendAsync(post("api/video/alert", body, APP_PY_ALERT_TIMEOUT), alerts);
    }

    private CompletableFuture<Answer> sendAsync(HttpRequest request, ConcurrentLinkedQueue<Answer> answers) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            Answer answer = failure != null
                    ? new Answer(-1, failure.toString(), null)
                    : new Answer(response.statusCode(), response.body(), parse(response));
            answers.add(answer);
            return answer;
        });
    }

    private static JsonNode parse(HttpResponse<String> response) {
        try {
            return ServedVigint.JSON.readTree(response.body());
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> refused(ConcurrentLinkedQueue<Answer> answers) {
        return answers.stream()
                .filter(a -> a.status() != 200 || a.json() == null)
                .map(a -> a.status() + " " + a.body())
                .limit(5)
                .toList();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest bearer(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Bearer " + shop.apiKey().plainText())
                .build();
    }

    /** {@code requests.post(url, json=payload, headers=self.headers, timeout=...)} as app.py sends it. */
    private HttpRequest post(String path, String json, Duration timeout) {
        return request(path)
                .timeout(timeout)
                .header("Authorization", "Bearer " + shop.apiKey().plainText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(served.server().uri().resolve(path))
                .header("User-Agent", "python-requests/2.31.0")
                .header("Accept", "*/*");
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /**
     * One 10 s cycle of the camera at 25 fps as JPEG ({@code cv2.imencode('.jpg', frame)}): a shop with sensor
     * noise, a person walking across from 4 s to 8 s.
     */
    private static List<byte[]> recording() throws Exception {
        Random noise = new Random(12);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < CYCLE_FRAMES; i++) {
            BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(200, 190, 170));
            g.fillRect(0, 0, 320, 240);
            g.setColor(new Color(120, 100, 80));
            g.fillRect(0, 200, 320, 40);
            g.setColor(new Color(90, 120, 150));
            g.fillRect(230, 60, 60, 140);
            if (i >= WALK_FROM && i < WALK_UNTIL) {
                g.setColor(new Color(40, 30, 60));
                g.fillRect(10 + 3 * (i - WALK_FROM), 120, 28, 80);
            }
            g.dispose();
            for (int y = 0; y < 240; y += 2) {
                for (int x = 0; x < 320; x += 2) {
                    int rgb = image.getRGB(x, y);
                    int d = noise.nextInt(7) - 3;
                    image.setRGB(
                            x,
                            y,
                            clamp((rgb >> 16 & 255) + d) << 16
                                    | clamp((rgb >> 8 & 255) + d) << 8
                                    | clamp((rgb & 255) + d));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            frames.add(out.toByteArray());
        }
        return frames;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private record Answer(int status, String body, JsonNode json) {}
}
