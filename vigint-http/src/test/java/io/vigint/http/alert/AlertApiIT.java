package io.vigint.http.alert;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.alert.AlertService;
import io.vigint.core.alert.AlertSettings;
import io.vigint.core.alert.SendAlertUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.FetchClipUseCase;
import io.vigint.core.clip.VideoLinkSigner;
import io.vigint.core.contract.AviFile;
import io.vigint.core.contract.ClipFrames;
import io.vigint.core.contract.ClipTestWindows;
import io.vigint.core.contract.RecordingMailQueue;
import io.vigint.core.port.RandomSource;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.files.FileClipStore;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.TestServer;
import io.vigint.media.MjpegAviWriter;
import io.vigint.memory.InMemoryAlertCooldownStore;
import io.vigint.memory.InMemoryMailQueue;
import io.vigint.security.HmacSha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Alerts and video links through a real server: attached and linked clips, deduplication, signed links,
 * and isolation between clients.
 */
class AlertApiIT {
    private static final String ALERT =
            "{\"analysis\":\"Person climbing the fence\",\"risk_level\":\"HIGH\"," + "\"incident_type\":\"intrusion\"}";

    @TempDir
    static Path dataDir;

    private final ClipTestWindows windows = new ClipTestWindows();
    private final RecordingMailQueue queue = new RecordingMailQueue(new InMemoryMailQueue());
    private final LateClientStore clients = new LateClientStore();
    private final Path clipDir = dataDir.resolve("clips-" + System.nanoTime());
    private long maxAttachmentBytes = AlertSettings.DEFAULT_MAX_ATTACHMENT_BYTES;
    private TestServer server;
    private CreatedClient acme;
    private CreatedClient other;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start() {
        server = TestServer.start(HttpSettings.defaults(), new AlertTestModule());
        clients.set(server.storage);
        acme = server.createClient("Acme");
        other = server.createClient("Other");
    }

    private final class AlertTestModule extends AbstractModule {
        @Override
        protected void configure() {
            HttpModule.addRecordResources(
                    binder(), AlertResource.class, VideoAlertResource.class, VideoClipResource.class);
        }

        @Provides
        @Singleton
        ClipService clips(Clock clock) {
            return new ClipService(
                    new FileClipStore(clipDir),
                    new VideoLinkSigner(HmacSha256.derived(new byte[32], VideoLinkSigner.KEY_PURPOSE)),
                    clock,
                    RandomSource.secure(),
                    Duration.ofHours(48),
                    Duration.ofHours(72),
                    "http://vigint.test");
        }

        @Provides
        FetchClipUseCase fetch(ClipService clips) {
            return clips;
        }

        @Provides
        @Singleton
        SendAlertUseCase alerts(ClipService clips, Clock clock) {
            return new AlertService(
                    clients,
                    windows,
                    clips,
                    new MjpegAviWriter(),
                    queue,
                    new InMemoryAlertCooldownStore(),
                    new AlertSettings(maxAttachmentBytes, AlertSettings.DEFAULT_COOLDOWN),
                    clock);
        }
    }

    private String key(CreatedClient client) {
        return client.apiKey().plainText();
    }

    private List<Frame> frames(int count) {
        return ClipFrames.moving(count, FrameFormat.JPEG, 64, 48, TestServer.START, Duration.ofMillis(200));
    }

    /** The path and query of a link, for the test server (links name the configured public URL). */
    private static String local(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private HttpResponse<byte[]> getBytes(String pathAndQuery) {
        try {
            return server.http.send(
                    server.request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAlertEmailsTheClientWithTheClipAttached() {
        start();
        windows.put(acme.client().id(), "default", frames(10));

        var response = server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("alert-sent", response.body());
        assertThat(queue.queued()).hasSize(1);
        var message = queue.queued().get(0).message();
        assertThat(message.to()).isEqualTo("acme@example.com");
        assertThat(AviFile.parse(message.attachments().get(0).content()).frames).hasSize(10);
    }

    @Test
    void theVideoAlertPathDoesTheSame() {
        start();

        var response = server.postJson(
                "/api/video/alert",
                "{\"analysis\":\"Smoke\",\"risk_level\":\"medium\",\"frame_count\":5,\"source_id\":\"cam-2\"}",
                "X-API-Key",
                key(acme));

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("alert-without-video", response.body());
        assertThat(queue.queued().get(0).message().subject())
                .isEqualTo("[Vigint] MEDIUM risk: security incident (source cam-2)");
    }

    @Test
    void theSameIncidentWithinTheCooldownIsDeduplicatedAndNotSentAndTheAnswerSaysUntilWhen() {
        start();
        server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));
        server.clock.advance(Duration.ofSeconds(3));

        var again = server.postJson(
                "/api/video/alert",
                ALERT.replace("Person climbing the fence", "Motion: 12.5%"),
                "X-API-Key",
                key(acme));

        assertThat(again.statusCode()).isEqualTo(200);
        assertMatchesFixture("alert-deduplicated", again.body());
        assertThat(queue.queued()).hasSize(1);
        server.clock.advance(Duration.ofSeconds(57));
        var afterCooldown = json(server.postJson("/api/alert", ALERT, "X-API-Key", key(acme)));
        assertThat(afterCooldown.get("deduplicated").asBoolean()).isFalse();
        assertThat(afterCooldown.get("cooldown_until").asText()).isEqualTo("2026-01-01T00:02:00Z");
        assertThat(queue.queued()).hasSize(2);
    }

    @Test
    void aLargeClipIsLinkedAndTheLinkServesTheAviWithoutAnApiKey() throws IOException {
        maxAttachmentBytes = 1_000;
        start();
        windows.put(acme.client().id(), "default", frames(8));

        var response = server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));

        assertThat(response.statusCode()).isEqualTo(200);
        assertMatchesFixture("alert-linked", response.body());
        String link = json(response).get("video_link").asText();
        assertThat(link).matches("http://vigint\\.test/video/[A-Za-z0-9_-]{22}\\?token=\\d+\\.[A-Za-z0-9_-]+");
        assertThat(queue.queued().get(0).message().text()).contains(link);
        assertThat(queue.queued().get(0).message().attachments()).isEmpty();

        HttpResponse<byte[]> video = getBytes(local(link));

        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).contains("video/x-msvideo");
        assertThat(video.headers().firstValue("Content-Length")).contains(Integer.toString(video.body().length));
        assertThat(video.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        AviFile avi = AviFile.parse(video.body());
        assertThat(avi.frames).hasSize(8);
        var head = server.send(server.request(local(link))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("video/x-msvideo");
        assertThat(head.body()).isEmpty();
        try (Stream<Path> files = Files.list(clipDir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            link.replaceAll(".*/video/([^?]+)\\?.*", "$1") + ".avi",
                            link.replaceAll(".*/video/([^?]+)\\?.*", "$1") + ".meta");
        }
    }

    @Test
    void aBadMissingOrExpiredTokenIsForbiddenAndAGoneClipNotFound() {
        maxAttachmentBytes = 0;
        start();
        windows.put(acme.client().id(), "default", frames(3));
        String link = local(json(server.postJson("/api/alert", ALERT, "X-API-Key", key(acme)))
                .get("video_link")
                .asText());
        String path = link.substring(0, link.indexOf('?'));

        for (String bad : List.of(path, path + "?token=", path + "?token=123.abc", link.replace("token=", "token=9"))) {
            var refused = server.get(bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(403);
            assertMatchesFixture("error-invalid-video-token", refused.body());
        }
        assertThat(server.get("/video/not-an-id?token=1.a").statusCode()).isEqualTo(404);

        server.clock.advance(Duration.ofHours(48));
        var gone = server.get(link);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).at("/error/code").asText()).isEqualTo("CLIP_NOT_FOUND");

        server.clock.advance(Duration.ofHours(24));
        assertThat(server.get(link).statusCode()).isEqualTo(403);
    }

    @Test
    void oneClientNeverGetsAnotherClientsFramesOrClips() {
        maxAttachmentBytes = 0;
        start();
        windows.put(acme.client().id(), "default", frames(4));
        windows.put(other.client().id(), "default", frames(2));
        String acmeLink = local(json(server.postJson("/api/alert", ALERT, "X-API-Key", key(acme)))
                .get("video_link")
                .asText());

        var otherAlert = server.postJson("/api/alert", ALERT.replace("HIGH", "LOW"), "X-API-Key", key(other));
        String otherLink = local(json(otherAlert).get("video_link").asText());

        assertThat(json(otherAlert).get("recipient").asText()).isEqualTo("other@example.com");
        assertThat(AviFile.parse(getBytes(otherLink).body()).frames).hasSize(2);
        assertThat(AviFile.parse(getBytes(acmeLink).body()).frames).hasSize(4);
        String acmeClip = acmeLink.substring(0, acmeLink.indexOf('?'));
        String otherToken = otherLink.substring(otherLink.indexOf('?'));
        var crossed = server.get(acmeClip + otherToken, "X-API-Key", key(other));
        assertThat(crossed.statusCode()).isEqualTo(403);
        assertThat(json(crossed).at("/error/code").asText()).isEqualTo("INVALID_VIDEO_TOKEN");

        windows.put(acme.client().id(), "yard", frames(3));
        var noFrames = server.postJson(
                "/api/alert",
                "{\"analysis\":\"x\",\"risk_level\":\"LOW\",\"source_id\":\"yard\"}",
                "X-API-Key",
                key(other));
        assertThat(json(noFrames).get("video_attached").asBoolean()).isFalse();
        assertThat(json(noFrames).has("video_link")).isFalse();
        assertThat(queue.queued())
                .extracting(sent -> sent.message().to())
                .containsExactly("acme@example.com", "other@example.com", "other@example.com");
    }

    @Test
    void anAlertNeedsAKeyAndAValidBodyAndBadInputSendsNothing() {
        start();

        var noKey = server.postJson("/api/alert", ALERT);
        var noAnalysis = server.postJson("/api/alert", "{\"risk_level\":\"HIGH\"}", "X-API-Key", key(acme));
        var unknownField = server.postJson(
                "/api/alert", "{\"analysis\":\"x\",\"risk_level\":\"HIGH\",\"x\":1}", "X-API-Key", key(acme));
        var empty = server.postJson("/api/alert", "", "X-API-Key", key(acme));

        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(json(noKey).at("/error/code").asText()).isEqualTo("API_KEY_REQUIRED");
        assertThat(noAnalysis.statusCode()).isEqualTo(400);
        assertThat(json(noAnalysis).at("/error/details/field").asText()).isEqualTo("analysis");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(queue.enqueues()).isZero();
    }

    @Test
    void theAlertAnswersOnceTheEmailIsQueuedWithoutWaitingForItToBeSent() {
        start();

        var response = server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("delivery").asText()).isEqualTo("queued");
        assertThat(queue.depth(java.time.Instant.now().plus(Duration.ofDays(1))).waiting())
                .as("queued, not sent: sending is the drainer's")
                .isEqualTo(1);
    }

    @Test
    void whenQueuingFailsTheAnswerIsAnErrorAndTheClientsRetryIsNotADuplicate() {
        start();
        queue.failNext(1);

        var response = server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("STORAGE_UNAVAILABLE");
        var retried = server.postJson("/api/alert", ALERT, "X-API-Key", key(acme));
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json(retried).get("deduplicated").asBoolean()).isFalse();
        assertThat(queue.queued()).hasSize(1);
    }

    @Test
    void theOpenApiDocumentListsTheAlertAndVideoPaths() {
        start();

        var doc = json(server.get("/openapi.json"));

        assertThat(doc.at("/paths").has("/api/alert")).isTrue();
        assertThat(doc.at("/paths").has("/api/video/alert")).isTrue();
        assertThat(doc.at("/paths").has("/video/{id}")).isTrue();
    }
}
