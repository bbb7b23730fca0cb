package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalyzeIncidentUseCase;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.JsonFixtures;
import io.vigint.http.testing.TestServer;
import io.vigint.media.MotionAnalyzer;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnalyzeApiIT {
    private static final Instant T0 = TestServer.START.minusSeconds(10);

    private final StaticFrameWindows windows = new StaticFrameWindows(15);
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TestServer start(IncidentAnalyzer analyzer) {
        Module analysis = new AbstractModule() {
            @Override
            protected void configure() {
                HttpModule.jerseyComponents(binder()).addBinding().to(AnalyzeResource.class);
            }

            @com.google.inject.Provides
            AnalyzeIncidentUseCase analysis(Clock clock) {
                return new IncidentAnalysisService(windows, analyzer, clock);
            }
        };
        server = TestServer.start(HttpSettings.defaults(), analysis);
        return server;
    }

    private HttpResponse<String> analyze(String key) {
        return server.postEmpty("/api/video/analyze", "X-API-Key", key);
    }

    private HttpResponse<String> analyze(String key, String json) {
        return server.postJson("/api/video/analyze", json, "X-API-Key", key);
    }

    private static ClientId id(CreatedClient client) {
        return client.client().id();
    }

    @Test
    void aMovingObjectIsAConfirmedIncident() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");
        windows.put(id(alice), "default", SyntheticScenes.moving(20, 30, 10, FrameFormat.JPEG, T0, 1));

        HttpResponse<String> response = analyze(alice.apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonFixtures.assertMatchesFixture("analysis-incident", response.body());
        // the answer quoted in the README
        assertThat(TestServer.json(response).path("analysis").asText())
                .isEqualTo("Motion detected: a moving patch of up to 2.2% of the scene, lasting 3200 ms from "
                        + "2025-12-31T23:59:50.600Z, in the area x=20 y=140 220x60; 17 of 17 frames compared with the "
                        + "frame 500 ms earlier show motion.");
    }

    @Test
    void aStillSceneIsNoIncident() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");
        windows.put(id(alice), "default", SyntheticScenes.still(20, 6, FrameFormat.JPEG, T0, 2));

        HttpResponse<String> response = analyze(alice.apiKey().plainText(), "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonFixtures.assertMatchesFixture("analysis-none", response.body());
        // the answer quoted in the README
        assertThat(TestServer.json(response).path("analysis").asText())
                .isEqualTo("No motion: the scene is still across 15 frames, each compared with the frame 500 ms"
                        + " earlier (largest moving patch 0.0% of the scene).");
    }

    @Test
    void aSingleChangedFrameIsNoIncidentAndSaysNoWhereOrWhen() {
        // Until issue 11 screening reported this frame and confirmation vetoed it (the "analysis-vetoed"
        // answer); the local analyzer now asks that motion last at both stages, so screening says no.
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(29, 4, FrameFormat.JPEG, T0, 7));
        frames.add(SyntheticScenes.moving(1, 40, 0, FrameFormat.JPEG, T0.plusSeconds(6), 8)
                .get(0));
        windows.put(id(alice), "default", frames);

        HttpResponse<String> response = analyze(alice.apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonFixtures.assertMatchesFixture("analysis-none", response.body());
        assertThat(TestServer.json(response).path("analysis").asText()).startsWith("Too brief to be an incident");
    }

    @Test
    void aVetoByConfirmationIsNoIncident() {
        start(new IncidentAnalyzer() {
            @Override
            public io.vigint.core.video.analysis.Assessment assess(
                    io.vigint.core.video.analysis.AnalysisStage stage, List<Frame> frames) {
                return stage == io.vigint.core.video.analysis.AnalysisStage.SCREENING
                        ? new io.vigint.core.video.analysis.Assessment(
                                true, io.vigint.core.video.analysis.RiskLevel.LOW, "motion", "Something moved.")
                        : io.vigint.core.video.analysis.Assessment.nothing("Nothing moves in the long window.");
            }
        });
        CreatedClient alice = server.createClient("Alice");
        windows.put(id(alice), "default", SyntheticScenes.still(30, 4, FrameFormat.JPEG, T0, 7));

        HttpResponse<String> response = analyze(alice.apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonFixtures.assertMatchesFixture("analysis-vetoed", response.body());
        assertThat(TestServer.json(response).path("analysis").asText())
                .startsWith("Not confirmed: screening of the last 15 frames reported motion");
    }

    @Test
    void theSourceComesFromTheBody() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");
        windows.put(id(alice), "door", SyntheticScenes.moving(20, 30, 10, FrameFormat.PNG, T0, 3));
        windows.put(id(alice), "default", SyntheticScenes.still(20, 6, FrameFormat.PNG, T0, 3));

        assertThat(TestServer.json(analyze(alice.apiKey().plainText(), "{\"source_id\":\"door\"}"))
                        .path("has_security_incident")
                        .asBoolean())
                .isTrue();
        assertThat(TestServer.json(analyze(alice.apiKey().plainText(), "{\"source_id\":null}"))
                        .path("has_security_incident")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aClientAnalyzesOnlyItsOwnFrames() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");
        CreatedClient bob = server.createClient("Bob");
        windows.put(id(alice), "default", SyntheticScenes.moving(20, 30, 10, FrameFormat.JPEG, T0, 4));
        windows.put(id(alice), "cam-1", SyntheticScenes.moving(20, 30, 10, FrameFormat.JPEG, T0, 4));

        HttpResponse<String> bobsDefault = analyze(bob.apiKey().plainText());
        HttpResponse<String> bobAsksForAlicesSource = analyze(bob.apiKey().plainText(), "{\"source_id\":\"cam-1\"}");

        assertThat(windows.reads())
                .containsExactly("short " + id(bob).value() + "/default", "short " + id(bob).value() + "/cam-1");
        assertThat(bobsDefault.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(bobsDefault).path("error").path("code").asText())
                .isEqualTo("NO_FRAMES");
        assertThat(bobAsksForAlicesSource.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(bobAsksForAlicesSource)
                        .path("error")
                        .path("details")
                        .path("source_id")
                        .asText())
                .isEqualTo("cam-1");

        windows.put(id(bob), "default", SyntheticScenes.still(20, 6, FrameFormat.JPEG, T0, 5));
        assertThat(TestServer.json(analyze(bob.apiKey().plainText()))
                        .path("has_security_incident")
                        .asBoolean())
                .isFalse();
        assertThat(TestServer.json(analyze(alice.apiKey().plainText()))
                        .path("has_security_incident")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void noFramesIsA422WithTheEnvelope() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");

        HttpResponse<String> response = analyze(alice.apiKey().plainText());

        assertThat(response.statusCode()).isEqualTo(422);
        JsonFixtures.assertMatchesFixture("error-no-frames", response.body());
    }

    @Test
    void badRequestsAreRefused() {
        start(new MotionAnalyzer());
        CreatedClient alice = server.createClient("Alice");

        HttpResponse<String> unknownField = analyze(alice.apiKey().plainText(), "{\"camera\":\"x\"}");
        HttpResponse<String> notJson = analyze(alice.apiKey().plainText(), "{source");
        HttpResponse<String> tooLong =
                analyze(alice.apiKey().plainText(), "{\"source_id\":\"" + "x".repeat(200) + "\"}");
        HttpResponse<String> noKey = server.postEmpty("/api/video/analyze");

        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(unknownField).path("error").path("code").asText())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(tooLong)
                        .path("error")
                        .path("details")
                        .path("field")
                        .asText())
                .isEqualTo("source_id");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(TestServer.json(noKey).path("error").path("code").asText()).isEqualTo("API_KEY_REQUIRED");
    }

    @Test
    void analyzerFailuresAre502And503() {
        IncidentAnalyzer[] current = new IncidentAnalyzer[1];
        start((stage, frames) -> current[0].assess(stage, frames));
        CreatedClient alice = server.createClient("Alice");
        windows.put(id(alice), "default", SyntheticScenes.still(3, 0, FrameFormat.JPEG, T0, 6));

        current[0] = (stage, frames) -> {
            throw new VigintException(
                    CoreErrorCode.ANALYZER_UNAVAILABLE,
                    "Gemini did not answer within 300 ms",
                    Map.of("analyzer", "gemini"));
        };
        HttpResponse<String> unavailable = analyze(alice.apiKey().plainText());
        current[0] = (stage, frames) -> {
            throw new VigintException(
                    CoreErrorCode.ANALYZER_FAILED,
                    "Gemini answered with HTTP status 500",
                    Map.of("analyzer", "gemini"));
        };
        HttpResponse<String> failed = analyze(alice.apiKey().plainText());

        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(TestServer.json(unavailable).path("error").path("code").asText())
                .isEqualTo("ANALYZER_UNAVAILABLE");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(TestServer.json(failed).path("error").path("code").asText()).isEqualTo("ANALYZER_FAILED");
        assertThat(TestServer.json(failed).path("status").asText()).isEqualTo("error");
    }
}
