package io.vigint.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator on resources of every shape JAX-RS allows ({@link SampleResources}). */
class OpenApiDocumentTest {
    private static final List<Object> RESOURCES = List.of(
            new SampleResources.Clients(),
            SampleResources.Video.class,
            new SampleResources.Tokens(),
            new SampleResources.Keys(),
            new SampleResources.SomeFilter(),
            "not a resource either");

    private final OpenApiDocument generator = new OpenApiDocument("Test API", "1.2.3");

    private JsonNode document() throws Exception {
        return new ObjectMapper().readTree(generator.json(RESOURCES));
    }

    @Test
    void everyResourceMethodIsAPathAndOperation() throws Exception {
        JsonNode document = document();

        assertThat(document.get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(document.at("/info/title").asText()).isEqualTo("Test API");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths)
                .containsExactly(
                        "/api/v1/clients",
                        "/api/v1/clients/me",
                        "/api/v1/clients/regenerate-key",
                        "/api/v1/keys",
                        "/api/v1/keys/{id}",
                        "/api/video/buffer",
                        "/api/video/sources/{source}",
                        "/api/video/sources/{source}/frames/{frame}",
                        "/auth/token");
        List<String> me = new ArrayList<>();
        document.at("/paths/~1api~1v1~1clients~1me").fieldNames().forEachRemaining(me::add);
        assertThat(me).containsExactly("get", "put", "delete");
        assertThat(document.at("/paths/~1api~1v1~1clients~1me/delete/responses/200")
                        .isObject())
                .isTrue();
    }

    @Test
    void parametersComeFromTheirAnnotationsAndPathTemplates() throws Exception {
        JsonNode document = document();

        JsonNode regenerate = document.at("/paths/~1api~1v1~1clients~1regenerate-key/post/parameters/0");
        assertThat(regenerate.get("name").asText()).isEqualTo("grace");
        assertThat(regenerate.get("in").asText()).isEqualTo("query");
        assertThat(regenerate.at("/schema/type").asText()).isEqualTo("integer");
        assertThat(regenerate.at("/schema/default").asText()).isEqualTo("0");
        JsonNode frame = document.at("/paths/~1api~1video~1sources~1{source}~1frames~1{frame}/get/parameters");
        assertThat(frame.findValuesAsText("name")).containsExactlyInAnyOrder("frame", "source");
        assertThat(frame.findValuesAsText("in")).containsOnly("path");
        JsonNode paging = document.at("/paths/~1api~1v1~1keys/get/parameters");
        assertThat(paging.findValuesAsText("name")).containsExactlyInAnyOrder("cursor", "limit");
        JsonNode buffer = document.at("/paths/~1api~1video~1buffer/post/parameters");
        assertThat(buffer.findValuesAsText("name")).containsExactly("X-API-Key");
    }

    @Test
    void bodiesAreSharedSchemasWithTheirJsonNamesAndMediaTypes() throws Exception {
        JsonNode document = document();

        assertThat(document.at("/paths/~1api~1video~1buffer/post/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/FrameRequest");
        JsonNode request = document.at("/components/schemas/FrameRequest");
        assertThat(request.at("/properties/frame_data/type").asText()).isEqualTo("string");
        assertThat(request.at("/properties/frame_count/type").asText()).isEqualTo("integer");
        JsonNode response = document.at("/components/schemas/Frame");
        assertThat(response.at("/properties/tags/type").asText()).isEqualTo("array");
        assertThat(response.at("/properties/counters/additionalProperties/format")
                        .asText())
                .isEqualTo("int64");
        JsonNode form = document.at(
                "/paths/~1auth~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties");
        assertThat(form.has("username")).isTrue();
        assertThat(form.has("password")).isTrue();
        assertThat(document.at("/paths/~1auth~1token/post/responses/4XX/$ref").asText())
                .isEqualTo("#/components/responses/ClientError");
        assertThat(document.at("/components/responses/ClientError/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Error");
        assertThat(document.at("/components/schemas/Error/properties/error/properties/code/type")
                        .asText())
                .isEqualTo("string");
    }

    @Test
    void operationIdsAreUniqueAndTheDocumentIsTheSameWhateverTheOrderOfResources() throws Exception {
        List<Object> shuffled = new ArrayList<>(RESOURCES);
        Collections.reverse(shuffled);

        assertThat(generator.json(shuffled)).isEqualTo(generator.json(RESOURCES));
        List<String> ids = document().findValuesAsText("operationId");
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).hasSameSizeAs(ids);
        assertThat(ids).contains("me", "token");
    }

    @Test
    void theVigintDocumentDeclaresTheCredentialsTheApiAccepts() throws Exception {
        JsonNode document =
                new ObjectMapper().readTree(OpenApiDocument.vigint("0.1.0").json(List.of()));

        assertThat(document.at("/components/securitySchemes/ApiKey/name").asText())
                .isEqualTo("X-API-Key");
        assertThat(document.at("/components/securitySchemes/AdminKey/name").asText())
                .isEqualTo("X-Admin-Key");
        assertThat(document.at("/components/securitySchemes/Bearer/scheme").asText())
                .isEqualTo("bearer");
        assertThat(document.at("/info/title").asText()).isEqualTo("Vigint API");
        assertThat(document.get("paths").size()).isZero();
    }

    @Test
    void templatesLoseTheirRegularExpressions() throws Exception {
        assertThat(document().get("paths").has("/api/video/sources/{source}")).isTrue();
    }
}
