package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.core.video.analysis.RiskLevel;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers the original Vigint clients read (SPEC §3.1b), against {@code vigint serve}'s own wiring: the
 * exact JSON bodies of {@code vigint/app.py} ({@code Authorization: Bearer}), {@code api_client.py}'s
 * {@code APIClient} and {@code multi_source_video_analyzer.py} ({@code X-API-Key}) and {@code
 * secure_video_analyzer.py} (Bearer) for frame ingest, analyze, multi-source analyze and the alert built from
 * an analysis, with their nulls and extra fields, written as Python's {@code requests} serialises {@code json=}
 * ({@code ", "} and {@code ": "} separators, {@code None} as {@code null}). Every answer field the original code
 * reads is asserted. Uploads as {@code APIClient.upload_video_for_analysis} sends them are {@link
 * UploadToAlertIT}'s; alerts with a recording and {@code use_server_buffer} are {@link
 * OriginalClientAlertCompatIT}'s.
 */
class OriginalClientAnswersIT {
    private static final int FRAMES = 10;

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

    @Test
    void theIngestBodiesOfEachOriginalClientAreAnsweredWithTheOriginalsFields() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        List<Frame> frames = SyntheticScenes.still(6, 4, FrameFormat.JPEG, Instant.now(), 1);

        // app.py add_frame_to_buffer: {'frame_data': ..., 'frame_count': self.frame_count}
        JsonNode appPy = ok(bearer(
                acme, "api/video/buffer", "{\"frame_data\": \"" + b64(frames.get(0)) + "\", \"frame_count\": 1}"));
        assertBuffered(appPy, 1, 1);

        // APIClient.add_frame_to_buffer: 'timestamp' None, or what the caller passes (datetime.now() has no offset)
        for (String timestamp : List.of("null", "\"" + java.time.LocalDateTime.now() + "\"")) {
            JsonNode apiClient = ok(apiKey(
                    acme,
                    "api/video/buffer",
                    "{\"frame_data\": \"" + b64(frames.get(1)) + "\", \"frame_count\": 2, \"timestamp\": " + timestamp
                            + "}"));
            assertThat(apiClient.get("frame_count").asInt()).isEqualTo(2);
        }

        // APIClient.add_frames_batch: {'frames': frames}, each as app.py's local buffer keeps it
        String batch = "{\"frames\": [{\"frame_data\": \"" + b64(frames.get(2))
                + "\", \"frame_count\": 3, \"timestamp\": \"2026-01-01 12:00:00\"}, {\"frame_data\": \""
                + b64(frames.get(3)) + "\", \"frame_count\": 4, \"timestamp\": \"2026-01-01T12:00:00.040000\"}]}";
        JsonNode batched = ok(apiKey(acme, "api/video/buffer/batch", batch));
        assertThat(batched.get("status").asText()).isEqualTo("buffered");
        assertThat(batched.get("frames_added").asInt()).isEqualTo(2);
        assertThat(batched.get("buffer_size").asInt()).isEqualTo(5);

        // multi_source_video_analyzer.py _buffer_loop: {'source_id', 'source_name', 'frame_data', 'frame_count'}
        JsonNode multi = ok(apiKey(
                acme,
                "api/video/multi-source/buffer",
                "{\"source_id\": \"cam_entree\", \"source_name\": \"Entr\\u00e9e\", \"frame_data\": \""
                        + b64(frames.get(4)) + "\", \"frame_count\": 57}"));
        assertThat(multi.get("success").asBoolean()).isTrue();
        assertThat(multi.get("source_id").asText()).isEqualTo("cam_entree");
        assertThat(multi.get("buffer_size").asInt()).isEqualTo(1);
        assertThat(multi.get("frame_count").asInt()).isEqualTo(57);
        assertThat(multi.get("status").asText())
                .as("ours next to the original's")
                .isEqualTo("buffered");
        assertThat(appPy.has("success"))
                .as("the single-source answer is as the original's")
                .isFalse();
    }

    @Test
    void analyzeAnswersWhatTheOriginalClientsReadAndItsUpperCaseRiskLevelGoesBackInTheAlert() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        List<Frame> frames = SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, Instant.now(), 3);
        for (int i = 0; i < frames.size(); i++) {
            ok(bearer(
                    acme,
                    "api/video/buffer",
                    "{\"frame_data\": \"" + b64(frames.get(i)) + "\", \"frame_count\": " + (i + 1) + "}"));
            Thread.sleep(100); // app.py's capture loop; the server times the frames
        }

        // app.py analyze_recent_frames: json={}
        JsonNode analysis = ok(bearer(acme, "api/video/analyze", "{}"));
        assertThat(analysis.get("has_security_incident").asBoolean())
                .as(analysis.toString())
                .isTrue();
        assertThat(analysis.get("incident_detected").asBoolean()).isTrue();
        assertThat(analysis.get("risk_level").asText()).isIn("LOW", "MEDIUM", "HIGH");
        assertThat(analysis.get("incident_type").asText()).isEqualTo("motion");
        assertThat(analysis.get("analysis").asText()).isNotBlank();
        assertThat(analysis.get("frame_count").asInt())
                .isEqualTo(analysis.get("frames_analyzed").asInt());
        assertThat(analysis.get("client_email").asText()).isEqualTo("acme@example.com");
        assertThat(analysis.get("flash_confirmation").asBoolean()).isTrue();
        assertThat(analysis.has("flash_veto")).isFalse();

        // video_analyzer.py: APIClient.analyze_frame(frame_data=None, frame_count=..., buffer_type="short")
        JsonNode viaApiClient = ok(apiKey(
                acme, "api/video/analyze", "{\"frame\": null, \"frame_count\": 1234, \"buffer_type\": \"short\"}"));
        // secure_video_analyzer.py analyze_frame: {'frame_data': ..., 'frame_count': ...}
        JsonNode viaSecure = ok(bearer(
                acme,
                "api/video/analyze",
                "{\"frame_data\": \"" + b64(frames.get(FRAMES - 1)) + "\", \"frame_count\": 1234}"));
        for (JsonNode answer : List.of(viaApiClient, viaSecure)) {
            assertThat(answer.get("has_security_incident").asBoolean()).isTrue();
            assertThat(answer.get("incident_detected").asBoolean()).isTrue();
            assertThat(answer.get("client_email").asText()).isEqualTo("acme@example.com");
            assertThat(answer.get("risk_level").asText())
                    .isEqualTo(analysis.get("risk_level").asText());
        }

        // app.py send_security_alert: {'analysis', 'frame_count', 'risk_level', 'incident_type'} from the answer
        String riskLevel = analysis.get("risk_level").asText();
        JsonNode alert = ok(bearer(
                acme,
                "api/video/alert",
                "{\"analysis\": " + analysis.get("analysis") + ", \"frame_count\": " + analysis.get("frame_count")
                        + ", \"risk_level\": \"" + riskLevel + "\", \"incident_type\": \"motion\"}"));
        assertThat(alert.get("success").asBoolean()).isTrue();
        // secure_video_analyzer.py send_security_alert, and a client of ours writing the level in lower case
        ok(
                bearer(
                        acme,
                        "api/video/alert",
                        "{\"analysis\": \"Vol en rayon\", \"frame_count\": 1234, \"incident_type\": \"vol\", \"risk_level\": \"HIGH\"}"));
        ok(apiKey(acme, "api/alert", "{\"analysis\": \"Smoke in the hall\", \"risk_level\": \"medium\"}"));

        List<String> subjects = new ArrayList<>();
        for (Path eml : served.awaitOutbox(3)) {
            subjects.add(read(eml).getSubject());
        }
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "[Vigint] " + riskLevel + " risk: motion (source default)",
                        "[Vigint] HIGH risk: vol (source default)",
                        "[Vigint] MEDIUM risk: security incident (source default)");
    }

    @Test
    void aVetoByConfirmationIsAnsweredWithFlashVetoAndVetoReasonOnBothAnalyzeRoutes() throws Exception {
        // Screening reports an incident, confirmation does not confirm it (a test double for the analyzer port).
        IncidentAnalyzer vetoing = (stage, frames) -> stage == AnalysisStage.SCREENING
                ? new Assessment(true, RiskLevel.HIGH, "theft", "Someone pockets an item.")
                : Assessment.nothing("The long window shows a customer putting the item back.");
        served = ServedVigint.start(
                cwd, null, Map.of(), modules -> Modules.override(modules).with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(IncidentAnalyzer.class).toInstance(vetoing);
                    }
                }));
        CreatedClient acme = served.createClient("Acme");
        served.bufferBatch(acme, "default", SyntheticScenes.still(FRAMES, 4, FrameFormat.JPEG, Instant.now(), 5));
        ok(apiKey(
                acme,
                "api/video/multi-source/buffer",
                "{\"source_id\": \"caisse\", \"source_name\": \"Caisse\", \"frame_data\": \""
                        + b64(SyntheticScenes.still(1, 4, FrameFormat.JPEG, Instant.now(), 6)
                                .get(0))
                        + "\", \"frame_count\": 1}"));

        JsonNode analysis = ok(bearer(acme, "api/video/analyze", "{}"));

        assertThat(analysis.get("has_security_incident").asBoolean()).isFalse();
        assertThat(analysis.get("incident_detected").asBoolean()).isFalse();
        assertThat(analysis.get("flash_veto").asBoolean()).isTrue();
        assertThat(analysis.get("flash_confirmation").isBoolean()).isTrue();
        assertThat(analysis.get("flash_confirmation").asBoolean()).isFalse();
        assertThat(analysis.get("veto_reason").asText())
                .startsWith("Not confirmed: screening of the last")
                .contains("reported theft (HIGH)");
        assertThat(analysis.get("analysis").asText())
                .endsWith("The long window shows a customer putting the item back.");
        assertThat(analysis.get("risk_level").asText()).isEqualTo("NONE");

        // multi_source_video_analyzer.py _analyze_sources_via_api: {'source_ids': [...]}
        JsonNode multi = ok(apiKey(acme, "api/video/multi-source/analyze", "{\"source_ids\": [\"caisse\"]}"));
        JsonNode caisse = multi.at("/sources/caisse");
        assertThat(caisse.get("has_security_incident").asBoolean()).isFalse();
        assertThat(caisse.get("flash_veto").asBoolean()).isTrue();
        assertThat(caisse.get("veto_reason").asText()).contains("reported theft (HIGH)");
        assertThat(multi.at("/summary/total_incidents_detected_by_flash_lite").asInt())
                .isEqualTo(1);
        assertThat(multi.at("/summary/total_incidents_confirmed_by_flash").asInt())
                .isZero();
        assertThat(multi.at("/summary/total_incidents_vetoed").asInt()).isEqualTo(1);
        assertThat(multi.at("/summary/has_any_confirmed_incident").asBoolean()).isFalse();
    }

    @Test
    void multiSourceAnalyzeSeesOnlyTheCallersOwnSourcesAndChargesOneAnalysisPerSource() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");
        List<Frame> moving = SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, Instant.now(), 7);
        List<Frame> still = SyntheticScenes.still(FRAMES, 4, FrameFormat.JPEG, Instant.now(), 8);
        for (int i = 0; i < FRAMES; i++) {
            multiSourceFrame(acme, "cam_entree", "Entr\\u00e9e", moving.get(i), i + 1);
            multiSourceFrame(acme, "cam_caisse", "Caisse", still.get(i), i + 1);
            multiSourceFrame(beta, "cam_reserve", "R\\u00e9serve", moving.get(i), i + 1);
            Thread.sleep(100); // the analyzer's _buffer_loop sends as frames come; the server times them
        }

        // Without source_ids: exactly the caller's two sources.
        JsonNode all = ok(apiKey(acme, "api/video/multi-source/analyze", "{}"));
        assertThat(names(all.get("sources"))).containsExactly("cam_caisse", "cam_entree");
        assertThat(all.get("sources_analyzed").asInt()).isEqualTo(2);
        assertThat(all.get("client_email").asText()).isEqualTo("acme@example.com");
        assertThat(all.get("client_name").asText()).isEqualTo("Acme");
        // What _analyze_sources_via_api and _handle_security_incident read.
        assertThat(all.at("/summary/total_incidents_detected_by_flash_lite").asInt())
                .isEqualTo(1);
        assertThat(all.at("/summary/total_incidents_confirmed_by_flash").asInt())
                .isEqualTo(1);
        assertThat(all.at("/summary/total_incidents_vetoed").asInt()).isZero();
        JsonNode entree = all.at("/sources/cam_entree");
        assertThat(entree.get("has_security_incident").asBoolean())
                .as(entree.toString())
                .isTrue();
        assertThat(entree.get("flash_confirmation").asBoolean()).isTrue();
        assertThat(entree.get("analysis").asText()).isNotBlank();
        assertThat(entree.get("incident_type").asText()).isEqualTo("motion");
        assertThat(entree.get("frame_count").asInt()).isPositive();
        assertThat(entree.get("incident_frames_count").asInt())
                .isEqualTo(entree.get("frames_analyzed").asInt());
        assertThat(entree.get("risk_level").asText()).isIn("LOW", "MEDIUM", "HIGH");
        JsonNode caisse = all.at("/sources/cam_caisse");
        assertThat(caisse.get("has_security_incident").asBoolean()).isFalse();
        assertThat(caisse.has("flash_veto")).isFalse();
        assertThat(caisse.get("buffer_size").asInt()).isEqualTo(FRAMES);

        // Beta's source named by Acme: a source without frames for Acme, nothing of Beta's.
        JsonNode foreign = ok(apiKey(acme, "api/video/multi-source/analyze", "{\"source_ids\": [\"cam_reserve\"]}"));
        assertThat(names(foreign.get("sources"))).containsExactly("cam_reserve");
        JsonNode reserve = foreign.at("/sources/cam_reserve");
        assertThat(reserve.get("has_security_incident").asBoolean()).isFalse();
        assertThat(reserve.get("code").asText()).isEqualTo("NO_FRAMES");
        assertThat(reserve.get("buffer_size").asInt()).isZero();
        assertThat(reserve.has("analysis")).isFalse();
        assertThat(foreign.toString()).doesNotContain("beta", "Beta", "motion");
        assertThat(foreign.at("/summary/total_incidents_detected_by_flash_lite").asInt())
                .isZero();
        // Beta's own call still sees its source.
        JsonNode betas = ok(apiKey(beta, "api/video/multi-source/analyze", "{\"source_ids\": [\"cam_reserve\"]}"));
        assertThat(betas.at("/sources/cam_reserve/has_security_incident").asBoolean())
                .isTrue();

        // One usage record per call, charged 0.05 per source analyzed: 2 sources, then none.
        JsonNode usage = ok(http.send(
                HttpRequest.newBuilder(served.server().uri().resolve("api/usage"))
                        .header("Authorization", "Bearer " + acme.apiKey().plainText())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        List<BigDecimal> costs = new ArrayList<>();
        usage.get("usage").forEach(record -> {
            if (record.get("endpoint").asText().equals("/api/video/multi-source/analyze")) {
                costs.add(record.get("cost").decimalValue());
            }
        });
        assertThat(costs).hasSize(2);
        assertThat(costs.stream().map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString))
                .containsExactlyInAnyOrder("0.1", "0");
    }

    private void multiSourceFrame(CreatedClient client, String source, String name, Frame frame, int count)
            throws Exception {
        ok(apiKey(
                client,
                "api/video/multi-source/buffer",
                "{\"source_id\": \"" + source + "\", \"source_name\": \"" + name + "\", \"frame_data\": \"" + b64(frame)
                        + "\", \"frame_count\": " + count + "}"));
    }

    private static void assertBuffered(JsonNode answer, int frameCount, int bufferSize) {
        assertThat(answer.get("status").asText()).isEqualTo("buffered");
        assertThat(answer.get("frame_count").asInt()).isEqualTo(frameCount);
        assertThat(answer.get("buffer_size").asInt()).isEqualTo(bufferSize);
        assertThat(answer.get("timestamp").asText()).isNotBlank();
    }

    private static List<String> names(JsonNode object) {
        return StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(object.fieldNames(), 0), false)
                .toList();
    }

    /** As {@code vigint/app.py} and {@code secure_video_analyzer.py} send: {@code Authorization: Bearer}. */
    private HttpResponse<String> bearer(CreatedClient client, String path, String json) throws Exception {
        return send(path, json, "Authorization", "Bearer " + client.apiKey().plainText());
    }

    /** As {@code APIClient} and {@code multi_source_video_analyzer.py} send: {@code X-API-Key}. */
    private HttpResponse<String> apiKey(CreatedClient client, String path, String json) throws Exception {
        return send(path, json, "X-API-Key", client.apiKey().plainText());
    }

    private HttpResponse<String> send(String path, String json, String header, String value) throws Exception {
        return served.postAsPythonClient(path, json, header, value);
    }

    private static String b64(Frame frame) {
        return Base64.getEncoder().encodeToString(frame.data());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServedVigint.JSON.readTree(response.body());
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
