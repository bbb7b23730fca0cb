package io.vigint.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.http.metrics.MetricsResource;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.http.ratelimit.ExtrasTestServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiIT {
    @Test
    void theDocumentListsEveryResourceRegisteredInTheServer() throws Exception {
        try (ExtrasTestServer server = ExtrasTestServer.start(
                new SampleResources.Clients(),
                new SampleResources.Keys(),
                new SampleResources.Tokens(),
                new MetricsResource(new VigintMetrics()),
                new OpenApiResource(OpenApiDocument.vigint("test")))) {
            HttpResponse<String> response = server.get("/openapi.json");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            JsonNode document = new ObjectMapper().readTree(response.body());
            List<String> paths = new ArrayList<>();
            document.get("paths").fieldNames().forEachRemaining(paths::add);
            assertThat(paths)
                    .contains(
                            "/api/v1/clients",
                            "/api/v1/clients/me",
                            "/api/v1/clients/regenerate-key",
                            "/api/v1/keys",
                            "/auth/token",
                            "/metrics",
                            "/openapi.json");
            assertThat(document.at("/info/title").asText()).isEqualTo("Vigint API");
            assertThat(server.get("/openapi.json").body()).isEqualTo(response.body());
        }
    }

    @Test
    void anExplicitListOfResourcesIsDocumentedAsGiven() throws Exception {
        try (ExtrasTestServer server = ExtrasTestServer.start(
                new SampleResources.Clients(),
                OpenApiResource.of(new OpenApiDocument("Only keys", "1"), List.of(SampleResources.Keys.class)))) {
            JsonNode document =
                    new ObjectMapper().readTree(server.get("/openapi.json").body());

            List<String> paths = new ArrayList<>();
            document.get("paths").fieldNames().forEachRemaining(paths::add);
            assertThat(paths).containsExactly("/api/v1/keys", "/api/v1/keys/{id}");
        }
    }
}
