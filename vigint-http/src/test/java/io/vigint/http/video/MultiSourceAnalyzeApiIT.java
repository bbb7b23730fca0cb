package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.AnalyzeIncidentUseCase;
import io.vigint.core.video.analysis.AnalyzeSourcesUseCase;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.core.video.analysis.IncidentAnalyzer;
import io.vigint.core.video.analysis.MultiSourceAnalysisService;
import io.vigint.core.video.analysis.RiskLevel;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.JsonFixtures;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/video/multi-source/analyze} over the real HTTP stack: the original's answer shape (fixture),
 * every one of the caller's sources or the listed ones, and another client's source as a source without frames.
 */
class MultiSourceAnalyzeApiIT {
    private static final Instant T0 = TestServer.START.minusSeconds(10);

    /** Screening sees an incident in every window whose first frame is a PNG; confirmation only on "real". */
    private static final IncidentAnalyzer SCRIPTED = (stage, frames) -> {
        boolean flagged = frames.get(0).format() == FrameFormat.PNG;
        boolean real = frames.size() == 20;
        if (flagged && (stage == AnalysisStage.SCREENING || real)) {
            return new Assessment(true, RiskLevel.HIGH, "intrusion", "Someone climbs the fence.");
        }
        return Assessment.nothing("Nothing moves.");
    };

    private final StaticFrameWindows windows = new StaticFrameWindows(15);
    private TestServer server;
    private CreatedClient alice;
    private CreatedClient bob;

    @BeforeEach
    void start() {
        Module analysis = new AbstractModule() {
            @Override
            protected void configure() {
                HttpModule.jerseyComponents(binder()).addBinding().to(MultiSourceAnalyzeResource.class);
            }

            @Provides
            AnalyzeSourcesUseCase analysis(Clock clock) {
                AnalyzeIncidentUseCase single = new IncidentAnalysisService(windows, SCRIPTED, clock);
                return new MultiSourceAnalysisService(windows, single, clock);
            }
        };
        server = TestServer.start(HttpSettings.defaults(), analysis);
        alice = server.createClient("Alice");
        bob = server.createClient("Bob");
        // gate: an incident confirmed on its 20 frames; door: screening's incident vetoed on 30; hall: still
        windows.put(id(alice), "gate", SyntheticScenes.still(20, 4, FrameFormat.PNG, T0, 1));
        windows.put(id(alice), "door", SyntheticScenes.still(30, 4, FrameFormat.PNG, T0, 2));
        windows.put(id(alice), "hall", SyntheticScenes.still(10, 4, FrameFormat.JPEG, T0, 3));
        windows.put(id(bob), "yard", SyntheticScenes.still(20, 4, FrameFormat.PNG, T0, 4));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theAnswerHasTheOriginalsShapePerSourceAndInTotal() {
        HttpResponse<String> response =
                analyze(alice, "{\"source_ids\": [\"gate\", \"door\", \"hall\", \"yard\", \"gate\"]}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonFixtures.assertMatchesFixture("multi-source-analysis", response.body());
        JsonNode sources = TestServer.json(response).get("sources");
        assertThat(sources.fieldNames()).toIterable().containsExactly("gate", "door", "hall", "yard");
    }

    @Test
    void withoutSourceIdsEveryOneOfTheCallersSourcesIsAnalyzedAndNoOtherClients() {
        for (String body : new String[] {"{}", "{\"source_ids\": null}", "{\"source_ids\": []}", null}) {
            HttpResponse<String> response = analyze(alice, body);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode answer = TestServer.json(response);
            assertThat(answer.get("sources").fieldNames())
                    .toIterable()
                    .as(body)
                    .containsExactly("door", "gate", "hall");
            assertThat(answer.get("sources_analyzed").asInt()).isEqualTo(3);
            assertThat(answer.get("client_email").asText()).isEqualTo("alice@example.com");
        }
        assertThat(windows.reads()).noneMatch(read -> read.contains(" " + id(bob).value() + "/"));
    }

    @Test
    void anotherClientsSourceIsForTheCallerASourceWithoutFrames() {
        JsonNode answer = TestServer.json(analyze(alice, "{\"source_ids\": [\"yard\"]}"));

        JsonNode yard = answer.at("/sources/yard");
        assertThat(yard.get("has_security_incident").asBoolean()).isFalse();
        assertThat(yard.get("code").asText()).isEqualTo("NO_FRAMES");
        assertThat(yard.get("buffer_size").asInt()).isZero();
        assertThat(yard.has("analysis")).isFalse();
        assertThat(answer.toString()).doesNotContain("bob", "Bob", "intrusion");
        assertThat(answer.at("/summary/total_incidents_detected_by_flash_lite").asInt())
                .isZero();
        assertThat(answer.get("sources_with_analysis").asInt()).isZero();
        assertThat(windows.reads()).noneMatch(read -> read.contains(" " + id(bob).value() + "/"));
    }

    @Test
    void aClientWithoutSourcesIs422NoFramesAndAnUnusableIdIs400() {
        CreatedClient carol = server.createClient("Carol");

        HttpResponse<String> none = analyze(carol, "{}");
        HttpResponse<String> unusable = analyze(alice, "{\"source_ids\": [\"../gate\"]}");
        HttpResponse<String> notAList = analyze(alice, "{\"source_ids\": {\"gate\": 1}}");

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(TestServer.json(none).at("/error/code").asText()).isEqualTo("NO_FRAMES");
        assertThat(unusable.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(unusable).at("/error/details/field").asText())
                .isEqualTo("source_ids");
        assertThat(notAList.statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> analyze(CreatedClient client, String json) {
        String key = client.apiKey().plainText();
        return json == null
                ? server.postEmpty("/api/video/multi-source/analyze", "X-API-Key", key)
                : server.postJson("/api/video/multi-source/analyze", json, "X-API-Key", key);
    }

    private static ClientId id(CreatedClient client) {
        return client.client().id();
    }
}
