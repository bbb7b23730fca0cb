package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.app.VigintApp;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.AviFile;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.http.server.VigintServer;
import io.vigint.testsupport.Ffprobe;
import io.vigint.testsupport.Mp4Boxes;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product as {@code vigint serve} wires it ({@link VigintApp#modules} plus {@link
 * VigintApp#serverModules}: the real frame buffers, local analyzer, alert service, clip store and mail
 * adapter; no stand-ins), on the embedded H2 database in a temporary data directory, over real HTTP on a
 * free port, with no mail provider configured: frames in, analysis, an alert, and the message with its clip
 * in the outbox (or, for a client with its own SMTP provider, at that SMTP server).
 */
class FramesToAlertIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The test SMTP servers listen on loopback, which a client's mail configuration may use only when
     * the operator allows it (mail.outbound.allow).
     */
    private static final String LOOPBACK_SMTP_ALLOWED = "127.0.0.1";
    /** Frames per generated scene: 10 at 200 ms, so 1.8 s of video. */
    private static final int FRAMES = 10;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("acme-mailer", "acme-smtp-password"));

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;
    private Injector injector;
    private VigintServer server;

    private void serve(Map<String, String> extra) throws IOException {
        served = ServedVigint.start(cwd, null, extra);
        injector = served.injector();
        server = served.server();
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void framesOfAMovingSceneBecomeAnAlertWithItsClipInTheOutboxOnceAndOnlyForTheirClient() throws Exception {
        serve(Map.of());
        CreatedClient acme = served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");
        Instant start = Instant.now().minusSeconds(3);

        assertThat(served.bufferBatch(acme, "hall", SyntheticScenes.still(FRAMES, 6, FrameFormat.JPEG, start, 2)))
                .isEqualTo(FRAMES);
        JsonNode still = ok(served.post(acme, "api/video/analyze", "{\"source_id\":\"hall\"}"));
        assertThat(still.get("has_security_incident").asBoolean())
                .as(still.toString())
                .isFalse();
        assertThat(still.get("risk_level").asText()).isEqualTo("NONE");

        assertThat(served.bufferBatch(acme, "yard", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, start, 1)))
                .isEqualTo(FRAMES);
        JsonNode moving = ok(served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}"));
        assertThat(moving.get("has_security_incident").asBoolean())
                .as(moving.toString())
                .isTrue();
        assertThat(moving.get("confirmed").asBoolean()).isTrue();
        assertThat(moving.get("frames_analyzed").asInt()).isEqualTo(FRAMES);

        String alert = "{\"analysis\":"
                + JSON.writeValueAsString(moving.get("analysis").asText())
                + ",\"risk_level\":\"HIGH\",\"incident_type\":\"motion\",\"source_id\":\"yard\"}";
        JsonNode sent = ok(served.post(acme, "api/alert", alert));
        assertThat(sent.get("success").asBoolean()).as(sent.toString()).isTrue();
        assertThat(sent.get("recipient").asText()).isEqualTo("acme@example.com");
        assertThat(sent.get("video_attached").asBoolean()).isTrue();
        assertThat(sent.get("deduplicated").asBoolean()).isFalse();
        assertThat(sent.has("video_link")).isFalse();
        assertThat(sent.get("delivery").asText()).isEqualTo("queued");

        List<Path> outbox = served.awaitOutbox(1);
        assertThat(outbox).hasSize(1);
        MimeMessage message = parse(outbox.get(0));
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly("acme@example.com");
        assertThat(message.getSubject())
                .contains("HIGH risk")
                .contains("motion")
                .contains("(source yard)");
        assertClip(message, FRAMES);

        JsonNode again = ok(served.post(acme, "api/alert", alert));
        assertThat(again.get("success").asBoolean()).isTrue();
        assertThat(again.get("deduplicated").asBoolean()).as(again.toString()).isTrue();
        assertThat(served.awaitMailQueueSettled().failed()).isZero();
        assertThat(served.outbox()).as("a duplicate incident sends nothing").hasSize(1);

        // Garbage and oversized frames: the envelope, and nothing buffered.
        HttpResponse<String> garbage = postRaw(
                acme, "api/video/buffer?source_id=yard", "not a picture at all".getBytes(StandardCharsets.UTF_8));
        assertEnvelope(garbage, 400, "INVALID_FRAME");
        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        new Random(3).nextBytes(huge);
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        HttpResponse<String> oversized = postRaw(acme, "api/video/buffer?source_id=yard", huge);
        assertEnvelope(oversized, 413, "PAYLOAD_TOO_LARGE");
        JsonNode after = ok(served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}"));
        assertThat(after.get("frames_analyzed").asInt())
                .as("refused frames are not buffered")
                .isEqualTo(FRAMES);

        // Another client names Acme's sources: it finds only its own (empty) state.
        assertEnvelope(served.post(beta, "api/video/analyze", "{\"source_id\":\"yard\"}"), 422, "NO_FRAMES");
        assertEnvelope(served.post(beta, "api/video/analyze", "{\"source_id\":\"hall\"}"), 422, "NO_FRAMES");
        JsonNode betaAlert = ok(served.post(beta, "api/alert", alert));
        assertThat(betaAlert.get("recipient").asText()).isEqualTo("beta@example.com");
        assertThat(betaAlert.get("video_attached").asBoolean())
                .as("Beta's alert on 'yard' gets no frames of Acme's 'yard'")
                .isFalse();
        assertThat(betaAlert.get("deduplicated").asBoolean())
                .as("Acme's incident does not deduplicate Beta's")
                .isFalse();
        List<Path> both = served.awaitOutbox(2);
        assertThat(both).hasSize(2);
        MimeMessage betaMessage = parse(both.get(1));
        assertThat(addresses(betaMessage.getAllRecipients())).containsExactly("beta@example.com");
        assertThat(attachments(betaMessage)).isEmpty();
    }

    @Test
    void aLinkedClipIsServedOnlyWithItsOwnTokenAndAnotherClientsTokenOpensNothing() throws Exception {
        serve(Map.of("VIGINT_ALERTS_MAX_ATTACHMENT_BYTES", "1000"));
        CreatedClient acme = served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");
        Instant start = Instant.now().minusSeconds(3);
        served.bufferBatch(acme, "yard", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, start, 1));
        served.bufferBatch(beta, "yard", SyntheticScenes.moving(4, 30, 10, FrameFormat.JPEG, start, 5));

        URI acmeLink = URI.create(ok(served.post(
                        acme,
                        "api/alert",
                        "{\"analysis\":\"Person\",\"risk_level\":\"HIGH\"," + "\"source_id\":\"yard\"}"))
                .get("video_link")
                .asText());
        URI betaLink = URI.create(ok(served.post(
                        beta,
                        "api/alert",
                        "{\"analysis\":\"Person\",\"risk_level\":\"HIGH\"," + "\"source_id\":\"yard\"}"))
                .get("video_link")
                .asText());

        HttpResponse<byte[]> acmeClip = get(acmeLink.getRawPath() + "?" + acmeLink.getRawQuery());
        assertThat(acmeClip.statusCode()).isEqualTo(200);
        assertThat(Ffprobe.probe(acmeClip.body()).frames()).isEqualTo(FRAMES);
        HttpResponse<byte[]> betaClip = get(betaLink.getRawPath() + "?" + betaLink.getRawQuery());
        assertThat(Ffprobe.probe(betaClip.body()).frames()).isEqualTo(4);

        HttpResponse<byte[]> crossed = get(acmeLink.getRawPath() + "?" + betaLink.getRawQuery());
        assertThat(crossed.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(crossed.body()).at("/error/code").asText()).isEqualTo("INVALID_VIDEO_TOKEN");
        assertThat(new String(crossed.body(), StandardCharsets.ISO_8859_1))
                .doesNotContain("ftyp")
                .doesNotContain("RIFF");
    }

    @Test
    void aClientWithItsOwnSmtpProviderGetsTheAlertWithItsClipThereAndNothingInTheOutbox() throws Exception {
        // This path also keeps the AVI clips of alerts.clip_format=avi covered end to end.
        serve(Map.of("VIGINT_MAIL_OUTBOUND_ALLOW", LOOPBACK_SMTP_ALLOWED, "VIGINT_ALERTS_CLIP_FORMAT", "avi"));
        CreatedClient acme = served.createClient("Acme");
        String smtp = "{\"provider\":\"smtp\",\"config\":{\"host\":\"127.0.0.1\",\"port\":"
                + SMTP.getSmtp().getPort()
                + ",\"use_tls\":false,\"username\":\"acme-mailer\",\"password\":\"acme-smtp-password\","
                + "\"from_email\":\"alerts@acme.test\"}}";
        HttpResponse<String> configured = served.post(acme, "api/v1/clients/email-config", smtp);
        assertThat(configured.statusCode()).as(configured.body()).isEqualTo(201);
        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(server.uri().resolve("api/v1/clients/me"))
                        .header("X-API-Key", acme.apiKey().plainText())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(ok(me).toString())
                        .at("/data/email_config/provider")
                        .asText())
                .isEqualTo("smtp");
        assertThat(me.body()).doesNotContain("acme-smtp-password").contains("\"password_set\":true");
        served.bufferBatch(
                acme,
                "default",
                SyntheticScenes.moving(
                        FRAMES, 30, 10, FrameFormat.PNG, Instant.now().minusSeconds(3), 4));

        JsonNode sent = ok(
                served.post(acme, "api/alert", "{\"analysis\":\"A person crosses the yard\",\"risk_level\":\"HIGH\"}"));

        assertThat(sent.get("success").asBoolean()).isTrue();
        assertThat(sent.get("video_attached").asBoolean()).isTrue();
        assertThat(SMTP.waitForIncomingEmail(ServedVigint.MAIL_WAIT.toMillis(), 1))
                .as("the queued alert reaches the client's SMTP server")
                .isTrue();
        assertThat(served.awaitMailQueueSettled()).isEqualTo(new MailQueueDepth(0, 0, 0));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(addresses(received.getRecipients(Message.RecipientType.TO))).containsExactly("acme@example.com");
        assertThat(addresses(received.getFrom())).containsExactly("alerts@acme.test");
        assertThat(received.getSubject()).contains("HIGH risk").contains("(source default)");
        assertAviClip(received, FRAMES);
        assertThat(served.outbox())
                .as("the client's own provider, not the server's outbox")
                .isEmpty();
    }

    @Test
    void anAlertWhoseProviderKeepsFailingIsQueuedTriedMailQueueAttemptsTimesInAllNotOncePerLayerThenKeptAsFailed()
            throws Exception {
        serve(Map.of(
                "VIGINT_MAIL_RETRY_ATTEMPTS", "3",
                "VIGINT_MAIL_RETRY_BACKOFF", "0s",
                "VIGINT_MAIL_QUEUE_ATTEMPTS", "3",
                "VIGINT_MAIL_QUEUE_BACKOFF", "0s",
                "VIGINT_MAIL_OUTBOUND_ALLOW", LOOPBACK_SMTP_ALLOWED));
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket broken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!broken.isClosed()) {
                    try (Socket connection = broken.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            CreatedClient acme = served.createClient("Acme");
            HttpResponse<String> configured = served.post(
                    acme,
                    "api/v1/clients/email-config",
                    "{\"provider\":\"smtp\",\"config\":{\"host\":\"127.0.0.1\",\"port\":" + broken.getLocalPort()
                            + ",\"use_tls\":false,\"from_email\":\"alerts@acme.test\"}}");
            assertThat(configured.statusCode()).as(configured.body()).isEqualTo(201);

            JsonNode queued = ok(served.post(acme, "api/alert", "{\"analysis\":\"Smoke\",\"risk_level\":\"HIGH\"}"));

            assertThat(queued.get("delivery").asText())
                    .as("a failing provider no longer fails the alert: the email is queued")
                    .isEqualTo("queued");
            assertThat(served.awaitMailQueueSettled())
                    .as("after its tries the message is kept as failed")
                    .isEqualTo(new MailQueueDepth(0, 0, 1));
            assertThat(connections.get())
                    .as("the queue's retry is the only one: 3 tries, not 3 x 3")
                    .isEqualTo(3);
            assertThat(served.outbox())
                    .as("a failing client provider is not rerouted")
                    .isEmpty();
        }
    }

    // ---- helpers
    /** Buffers {@code frames} on {@code source} in one batch; returns {@code frames_added}. */
    private HttpResponse<String> postRaw(CreatedClient client, String path, byte[] body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Content-Type", "image/jpeg")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.uri().resolve(pathAndQuery.substring(1)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertEnvelope(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/code").asText()).isEqualTo(code);
        assertThat(body.at("/error/message").asText()).isNotBlank();
        assertThat(body.at("/error/details").isObject()).isTrue();
    }

    private static MimeMessage parse(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static List<Part> attachments(MimeMessage message) throws Exception {
        List<Part> found = new ArrayList<>();
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                    found.add(part);
                }
            }
        }
        return found;
    }

    /**
     * The message carries one MP4 attachment (the default clip format) that ffprobe reads as H.264 with {@code
     * frames} frames, {@code moov} first.
     */
    private static void assertClip(MimeMessage message, int frames) throws Exception {
        List<Part> attachments = attachments(message);
        assertThat(attachments).hasSize(1);
        Part clip = attachments.get(0);
        assertThat(clip.getFileName()).matches("incident-\\d{8}-\\d{6}\\.mp4");
        assertThat(clip.getContentType()).startsWith("video/mp4");
        byte[] bytes;
        try (InputStream in = clip.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(Mp4Boxes.fastStart(bytes)).isTrue();
        Ffprobe.Probe probe = Ffprobe.probe(bytes);
        assertThat(probe.codec()).isEqualTo("h264");
        assertThat(probe.profile()).isEqualTo("Constrained Baseline");
        assertThat(probe.frames()).isEqualTo(frames);
    }

    /** The message carries one AVI attachment (RIFF/AVI header) with {@code frames} frames. */
    private static void assertAviClip(MimeMessage message, int frames) throws Exception {
        List<Part> attachments = attachments(message);
        assertThat(attachments).hasSize(1);
        Part clip = attachments.get(0);
        assertThat(clip.getFileName()).matches("incident-\\d{8}-\\d{6}\\.avi");
        assertThat(clip.getContentType()).startsWith("video/x-msvideo");
        byte[] bytes;
        try (InputStream in = clip.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(bytes, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("AVI ");
        AviFile avi = AviFile.parse(bytes);
        assertThat(avi.frames).hasSize(frames);
        assertThat(avi.totalFrames).isEqualTo(frames);
    }
}
