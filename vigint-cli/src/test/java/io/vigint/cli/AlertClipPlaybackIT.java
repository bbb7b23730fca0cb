package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.testsupport.Browser;
import io.vigint.testsupport.BrowserExtension;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import io.vigint.testsupport.VideoElement;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An alert's clip judged by real players, end to end through {@code vigint serve}'s own wiring (the real
 * frame buffers, analyzer, clip encoder and store, mail queue and outbox, over HTTP on a free port):
 * frames streamed in, analysed, an alert whose clip is linked (attachment limit 0), and then the link as a
 * mail reader's browser meets it. Debian's ffprobe says the clip is H.264 yuv420p in an MP4 with its
 * {@code moov} first and the frames and duration that went in; a headless Debian Chromium plays it from
 * the link ({@code readyState ≥ 2}, its duration) and seeks in it; a range request is 206. The AVI setting's
 * clip is refused by the same Chromium, which is why clips are MP4. Needs ffmpeg, chromium and
 * chromium-driver: skipped where absent, failed under CI.
 */
@ExtendWith(BrowserExtension.class)
class AlertClipPlaybackIT {
    /** Frames streamed in: 20 at SyntheticScenes' 200 ms, so a 4 s clip. */
    private static final int FRAMES = 20;

    private static final double SECONDS = FRAMES * 0.2;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** Serves with clips linked, never attached, in {@code format}; returns the clip link of one alert. */
    private URI alertLink(String format) throws Exception {
        served = ServedVigint.start(
                cwd, null, Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "0", "VIGINT_ALERTS_CLIP_FORMAT", format));
        CreatedClient acme = served.createClient("Acme");
        Instant start = Instant.now().minusSeconds(5);
        assertThat(served.bufferBatch(acme, "yard", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, start, 1)))
                .isEqualTo(FRAMES);
        JsonNode analysis =
                ServedVigint.JSON.readTree(ok(served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}")));
        assertThat(analysis.get("has_security_incident").asBoolean())
                .as(analysis.toString())
                .isTrue();

        JsonNode alert = ServedVigint.JSON.readTree(ok(served.post(
                acme,
                "api/alert",
                "{\"analysis\":\"A person crosses the yard\",\"risk_level\":\"HIGH\",\"source_id\":\"yard\"}")));
        assertThat(alert.get("video_attached").asBoolean()).as(alert.toString()).isFalse();
        String link = alert.get("video_link").asText();
        List<Path> outbox = served.awaitOutbox(1);
        assertThat(outbox).hasSize(1);
        assertThat(text(outbox.get(0))).as("the email carries the link").contains(link);
        // the link names the configured public address; the test reaches the same path on the free port
        URI uri = URI.create(link);
        return served.server().uri().resolve(uri.getRawPath().substring(1) + "?" + uri.getRawQuery());
    }

    @Test
    void aLinkedMp4ClipIsH264WithMoovFirstPlaysAndSeeksInChromiumAndServesRanges(Browser browser) throws Exception {
        URI link = alertLink("mp4");

        HttpResponse<byte[]> download = get(link, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("video/mp4");
        assertThat(download.headers().firstValue("Accept-Ranges")).contains("bytes");
        byte[] clip = download.body();
        assertThat(Mp4Boxes.fastStart(clip))
                .as("moov before mdat: %s", Mp4Boxes.topLevel(clip))
                .isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(clip);
        assertThat(probe.formatName()).contains("mp4");
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.width()).isEqualTo(SyntheticScenes.WIDTH);
        assertThat(probe.height()).isEqualTo(SyntheticScenes.HEIGHT);
        assertThat(probe.frames()).isEqualTo(FRAMES);
        assertThat(probe.duration().toMillis() / 1000.0).isCloseTo(SECONDS, Offset.offset(0.25));

        VideoElement video = browser.video(link.toString());
        VideoElement.State loaded = video.awaitLoaded(WAIT);
        assertThat(loaded.playable()).as("%s", loaded).isTrue();
        assertThat(loaded.duration()).as("%s", loaded).isCloseTo(SECONDS, Offset.offset(0.25));
        assertThat(loaded.videoWidth()).isEqualTo(SyntheticScenes.WIDTH);
        assertThat(loaded.videoHeight()).isEqualTo(SyntheticScenes.HEIGHT);
        VideoElement.State seeked = video.seek(SECONDS / 2, WAIT);
        assertThat(seeked.timedOut()).as("%s", seeked).isFalse();
        assertThat(seeked.errorCode()).isZero();
        assertThat(seeked.currentTime()).as("%s", seeked).isCloseTo(SECONDS / 2, Offset.offset(0.05));

        HttpResponse<byte[]> part = get(link, "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).contains("bytes 100-199/" + clip.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(clip, 100, 200));
    }

    @Test
    void theAviSettingsClipIsRefusedByChromiumWhichIsWhyClipsAreMp4(Browser browser) throws Exception {
        URI link = alertLink("avi");
        HttpResponse<byte[]> download = get(link, null);
        assertThat(download.headers().firstValue("Content-Type")).contains("video/x-msvideo");
        assertThat(Ffprobe.probe(download.body()).codec()).isEqualTo("mjpeg");

        VideoElement.State state = browser.video(link.toString()).awaitLoaded(WAIT);

        assertThat(state.timedOut()).as("%s", state).isFalse();
        assertThat(state.errorCode()).as("%s", state).isEqualTo(4); // MEDIA_ERR_SRC_NOT_SUPPORTED
        assertThat(state.playable()).isFalse();
    }

    private HttpResponse<byte[]> get(URI uri, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(WAIT).GET();
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The text of an {@code .eml}: its first {@code text/plain} part, transfer encoding undone. */
    private static String text(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return text(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                text.append(text(child));
            }
            return text.toString();
        }
        return "";
    }
}
