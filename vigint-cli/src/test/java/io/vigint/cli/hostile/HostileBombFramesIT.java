package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.testsupport.Ffprobe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8 of issue 9 (cheap requests, expensive work), against a real {@code vigint serve}: a few
 * hundred bytes claiming 6300 x 6300 pixels, a batch of 5,000 tiny frames, and an alert over large PNG
 * frames each cost seconds of CPU or a gigabyte of heap. Now a frame's pixels are capped from its header
 * before anything decodes it (413 {@code FRAME_TOO_LARGE_PIXELS}), a request may carry at most the frames
 * one source holds (413 {@code TOO_MANY_FRAMES}), and a clip decodes at most its pixel budget.
 */
class HostileBombFramesIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path cwd;

    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void tinyImagesClaiming6300By6300PixelsAreRefusedFastAndNothingIsBuffered() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of("VIGINT_RATE_LIMIT_PER_MINUTE", "100000"));
        refusesBombsFast(served.createClient("Acme"));
    }

    @Test
    void withDecodeValidationTheBombsAreRefusedBeforeAnyDecoding() throws Exception {
        served = ServedVigint.start(
                cwd, null, Map.of("VIGINT_VIDEO_VALIDATION", "decode", "VIGINT_RATE_LIMIT_PER_MINUTE", "100000"));
        refusesBombsFast(served.createClient("Acme"));
    }

    private void refusesBombsFast(CreatedClient acme) throws Exception {
        byte[] jpegBomb = TestFrames.jpegClaiming(6300, 6300);
        byte[] pngBomb = TestFrames.pngClaiming(6300, 6300);
        assertThat(jpegBomb.length).isLessThan(2_000);
        assertThat(pngBomb.length).isLessThan(2_000);
        postRaw(acme, "api/video/buffer?source_id=warmup", "image/jpeg", TestFrames.jpeg());

        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertRefused(postRaw(acme, "api/video/buffer?source_id=yard", "image/jpeg", jpegBomb));
            assertRefused(postRaw(acme, "api/video/buffer?source_id=yard", "image/png", pngBomb));
            assertRefused(served.post(acme, "api/video/buffer", json("yard", List.of(jpegBomb))));
        }
        Duration spent = Duration.ofNanos(System.nanoTime() - started);

        assertThat(spent)
                .as("60 refusals without decoding (decoding one costs 0.16 s and 160 MB)")
                .isLessThan(Duration.ofSeconds(6));
        assertError(served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}"), 422, "NO_FRAMES");
    }

    @Test
    void aBatchOf5000TinyFramesIsRefusedBeforeAnyFrameIsLookedAt() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        byte[] tiny = TestFrames.jpeg(16, 16, 4);
        ObjectNode body = ServedVigint.JSON.createObjectNode().put("source_id", "yard");
        ArrayNode frames = body.putArray("frames");
        Instant start = Instant.now().minusSeconds(30);
        String encoded = Base64.getEncoder().encodeToString(tiny);
        for (int i = 0; i < 5_000; i++) {
            frames.addObject()
                    .put("frame_data", encoded)
                    .put("timestamp", start.plusMillis(5L * i).toString());
        }

        HttpResponse<String> response = served.post(acme, "api/video/buffer/batch", body.toString());

        assertError(response, 413, "TOO_MANY_FRAMES");
        JsonNode details = ServedVigint.JSON.readTree(response.body()).at("/error/details");
        assertThat(details.get("max_frames_per_source").asInt()).isEqualTo(300);
        assertError(served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}"), 422, "NO_FRAMES");

        List<Frame> allowed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            allowed.add(new Frame(tiny, FrameFormat.JPEG, start.plusMillis(5L * i)));
        }
        assertThat(served.bufferBatch(acme, "yard", allowed)).isEqualTo(300);
        assertThat(served.bufferBatch(acme, "yard", allowed.subList(0, 1)))
                .as("a source at its cap loses its own oldest frames")
                .isEqualTo(1);
        HttpResponse<String> analysis = served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}");
        assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(200);
        assertThat(ServedVigint.JSON
                        .readTree(analysis.body())
                        .findValue("frames_analyzed")
                        .asInt())
                .isLessThanOrEqualTo(300);
    }

    @Test
    void anAlertsClipDecodesAtMostItsPixelBudget() throws Exception {
        served = ServedVigint.start(
                cwd,
                null,
                Map.of(
                        "VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "0",
                        "VIGINT_ALERTS_MAX_CLIP_DECODE_PIXELS", "2000000"));
        CreatedClient acme = served.createClient("Acme");
        List<Frame> pngs = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(5);
        for (int i = 0; i < 20; i++) {
            pngs.add(new Frame(TestFrames.png(400, 300, 10 + 10 * i), FrameFormat.PNG, start.plusMillis(200L * i)));
        }
        served.bufferBatch(acme, "yard", pngs);

        HttpResponse<String> alert = served.post(
                acme, "api/alert", "{\"analysis\":\"Person\",\"risk_level\":\"HIGH\",\"source_id\":\"yard\"}");

        assertThat(alert.statusCode()).as(alert.body()).isEqualTo(200);
        URI link = URI.create(
                ServedVigint.JSON.readTree(alert.body()).findValue("video_link").asText());
        HttpResponse<byte[]> clip = HTTP.send(
                HttpRequest.newBuilder(served.server().uri().resolve(link.getRawPath() + "?" + link.getRawQuery()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(clip.statusCode()).isEqualTo(200);
        assertThat(clip.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(Ffprobe.probe(clip.body()).frames())
                .as("the MP4 encoder decodes each 400 x 300 PNG once and draws on it in place: 120,000 pixels, so the"
                        + " newest 16 of the 20 fit in 2,000,000 (MjpegAviWriter counted decode + redraw, 8)")
                .isEqualTo(16);
    }

    private static String json(String source, List<byte[]> frames) {
        return "{\"source_id\":\"" + source + "\",\"frame_data\":\""
                + Base64.getEncoder().encodeToString(frames.get(0)) + "\"}";
    }

    private HttpResponse<String> postRaw(CreatedClient client, String path, String type, byte[] body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(served.server().uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response) throws Exception {
        assertError(response, 413, "FRAME_TOO_LARGE_PIXELS");
        JsonNode details = ServedVigint.JSON.readTree(response.body()).at("/error/details");
        assertThat(details.get("width").asInt()).isEqualTo(6300);
        assertThat(details.get("height").asInt()).isEqualTo(6300);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode envelope = ServedVigint.JSON.readTree(response.body());
        assertThat(envelope.at("/error/code").asText()).isEqualTo(code);
        assertThat(envelope.get("status").asText()).isEqualTo("error");
    }
}
