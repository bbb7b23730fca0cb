package io.vigint.http.ratelimit;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.TestFrames;
import io.vigint.http.testing.IngestWiring;
import io.vigint.http.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's frame-ingest limits through the operator API ({@code GET|PUT /admin/v1/clients/{id}/ingest-limit})
 * on a real server: set, applied to the client's frames at once, cleared; bad requests change nothing.
 */
class AdminIngestLimitIT {
    private final TestServer server = IngestWiring.start(IngestCalls.FIVE_SECOND_BURSTS);
    private final IngestCalls calls = new IngestCalls(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theOperatorSetsAndClearsAClientsIngestLimitsAndTheServerAppliesThem() {
        CreatedClient shop = server.createClient("Shop");
        long id = shop.client().id().value();
        String admin = server.operatorKey;

        HttpResponse<String> initial = server.get("/admin/v1/clients/" + id + "/ingest-limit", "X-Admin-Key", admin);
        assertThat(initial.statusCode()).as(initial.body()).isEqualTo(200);
        assertThat(json(initial).at("/data/frames_per_second").isNull()).isTrue();
        assertThat(json(initial).at("/data/default_frames_per_second").asInt()).isEqualTo(30);
        assertThat(json(initial).at("/data/default_bytes_per_second").asLong()).isEqualTo(8L * 1024 * 1024);

        HttpResponse<String> set = server.putJson(
                "/admin/v1/clients/" + id + "/ingest-limit",
                "{\"frames_per_second\":1,\"bytes_per_second\":5000000}",
                "X-Admin-Key",
                admin);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertMatchesFixture("admin-ingest-limit", set.body());

        HttpResponse<String> refused = calls.floodUntilRefused(shop, "door", TestFrames.jpeg(), 20);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).at("/error/details/limit").asLong()).isEqualTo(1);
        assertThat(json(refused).at("/error/details/burst").asLong()).isEqualTo(5);

        HttpResponse<String> cleared = server.putJson(
                "/admin/v1/clients/" + id + "/ingest-limit",
                "{\"frames_per_second\":null,\"bytes_per_second\":null}",
                "X-Admin-Key",
                admin);
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).at("/data/frames_per_second").isNull()).isTrue();
        assertThat(calls.frame(shop, "door", TestFrames.jpeg()).statusCode())
                .as("back on the default of 30 a second: a fresh bucket")
                .isEqualTo(200);
        assertThat(server.core.clientSettings().settingsOf(shop.client().id()).rateLimitPerMinute())
                .isNull();
    }

    @Test
    void badIngestLimitRequestsChangeNothing() {
        CreatedClient shop = server.createClient("Shop");
        server.core.clientSettings().setIngestLimits(shop.client().id(), 7, 7000L);
        String path = "/admin/v1/clients/" + shop.client().id().value() + "/ingest-limit";
        String admin = server.operatorKey;
        Map<String, String> bad = Map.of(
                "{\"frames_per_second\":0,\"bytes_per_second\":null}", "400 VALIDATION_FAILED frames_per_second",
                "{\"frames_per_second\":10001,\"bytes_per_second\":null}", "400 VALIDATION_FAILED frames_per_second",
                "{\"frames_per_second\":99999999999,\"bytes_per_second\":null}",
                        "400 VALIDATION_FAILED frames_per_second",
                "{\"frames_per_second\":1.5,\"bytes_per_second\":null}", "400 VALIDATION_FAILED frames_per_second",
                "{\"frames_per_second\":null,\"bytes_per_second\":-1}", "400 VALIDATION_FAILED bytes_per_second",
                "{\"frames_per_second\":null}", "400 VALIDATION_FAILED bytes_per_second",
                "{}", "400 VALIDATION_FAILED frames_per_second",
                "{\"frames_per_second\":1,\"bytes_per_second\":1,\"burst\":2}", "400 MALFORMED_REQUEST burst");
        bad.forEach((body, expected) -> {
            HttpResponse<String> response = server.putJson(path, body, "X-Admin-Key", admin);
            JsonNode error = json(response).get("error");
            assertThat(response.statusCode() + " " + error.get("code").asText() + " "
                            + error.at("/details/field").asText())
                    .as(body)
                    .isEqualTo(expected);
        });
        assertThat(server.putJson(
                                "/admin/v1/clients/999/ingest-limit",
                                "{\"frames_per_second\":1," + "\"bytes_per_second\":1}",
                                "X-Admin-Key",
                                admin)
                        .statusCode())
                .isEqualTo(404);
        assertThat(server.putJson(
                                path,
                                "{\"frames_per_second\":1,\"bytes_per_second\":1}",
                                "X-API-Key",
                                IngestCalls.key(shop))
                        .statusCode())
                .as("a client key is not an operator key")
                .isEqualTo(401);
        assertThat(server.core.clientSettings().settingsOf(shop.client().id()).ingestFramesPerSecond())
                .isEqualTo(7);
        assertThat(server.core.clientSettings().settingsOf(shop.client().id()).ingestBytesPerSecond())
                .isEqualTo(7000L);
    }
}
