package io.vigint.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.http.auth.AccessRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document of the whole API ({@link ApiDocument}, also written to {@code target/openapi.json} for
 * the CI's Redocly lint) against Jersey's own resource model and the access rules the server enforces.
 */
class ApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");
    private static JsonNode document;

    @BeforeAll
    static void generate() throws Exception {
        document = new ObjectMapper().readTree(ApiDocument.json());
    }

    @Test
    void everyJerseyRouteIsDocumentedAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        for (Class<?> type : ApiDocument.resourceClasses()) {
            collect(Resource.from(type), "", routes);
        }
        Set<String> documented = new TreeSet<>();
        operations().forEach(o -> documented.add(o.method().toUpperCase(Locale.ROOT) + " " + o.path()));

        assertThat(routes).hasSizeGreaterThan(40).contains("GET /openapi.json", "POST /api/video/buffer");
        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void everyOperationHasASummaryAnIdATagASuccessAndErrorsWithExamples() {
        Set<String> ids = new HashSet<>();
        Set<String> declaredTags = new HashSet<>();
        document.get("tags").forEach(t -> {
            declaredTags.add(t.get("name").asText());
            assertThat(t.path("description").asText()).as("tag %s", t).isNotBlank();
        });
        for (Op o : operations()) {
            JsonNode op = o.node();
            assertThat(op.path("summary").asText()).as("summary of %s", o).isNotBlank();
            String id = op.path("operationId").asText();
            assertThat(id).as("operationId of %s", o).matches("[a-z][A-Za-z]+");
            assertThat(ids.add(id)).as("operationId %s is unique", id).isTrue();
            assertThat(op.path("tags")).as("tags of %s", o).hasSize(1);
            assertThat(declaredTags).contains(op.at("/tags/0").asText());
            List<String> codes = new ArrayList<>();
            op.get("responses").fieldNames().forEachRemaining(codes::add);
            assertThat(codes)
                    .as("responses of %s", o)
                    .anyMatch(c -> c.startsWith("2"))
                    .contains("4XX", "5XX");
            assertThat(op.at("/responses/4XX/$ref").asText()).isEqualTo("#/components/responses/ClientError");
        }
        assertThat(document.at("/components/responses/ClientError/content/application~1json/examples")
                        .size())
                .isPositive();
        assertThat(document.at("/components/responses/ServerError/content/application~1json/examples")
                        .size())
                .isPositive();
    }

    @Test
    void securityIsWhatTheServerEnforces() {
        for (Op o : operations()) {
            JsonNode security = o.node().get("security");
            assertThat(security).as("security of %s", o).isNotNull();
            Set<String> schemes = new TreeSet<>();
            security.forEach(requirement -> schemes.add(
                    requirement.isEmpty() ? "none" : requirement.fieldNames().next()));
            Set<String> expected =
                    switch (AccessRule.of(o.method(), o.path())) {
                        case PUBLIC -> Set.of();
                        case OPTIONAL_CLIENT -> Set.of("none", "ApiKey", "Bearer");
                        case CLIENT -> Set.of("ApiKey", "Bearer");
                        case OPERATOR -> Set.of("AdminKey");
                        case SIGN_UP -> Set.of("AdminKey", "none");
                        case CLIENT_OR_OPERATOR -> Set.of("ApiKey", "Bearer", "AdminKey");
                    };
            assertThat(schemes).as("security of %s", o).isEqualTo(new TreeSet<>(expected));
        }
        assertThat(document.at("/paths/~1auth~1token/post/security").size()).isZero();
        assertThat(document.at("/paths/~1admin~1v1~1clients/get/security/0/AdminKey")
                        .isArray())
                .isTrue();
    }

    @Test
    void bodiesAreSharedComponentsNotInlinedObjects() {
        for (Op o : operations()) {
            List<JsonNode> schemas = new ArrayList<>();
            // A form's fields are parameters of the one operation, not a type of their own.
            iterable(o.node().path("requestBody").path("content")).stream()
                    .filter(c -> !c.getKey().equals("application/x-www-form-urlencoded"))
                    .forEach(c -> schemas.add(c.getValue().path("schema")));
            o.node().path("responses").forEach(r -> r.path("content").forEach(c -> schemas.add(c.path("schema"))));
            for (JsonNode schema : schemas) {
                JsonNode target = schema.has("items") ? schema.get("items") : schema;
                boolean inlineObject = target.has("properties");
                assertThat(inlineObject)
                        .as("inlined object schema in %s: %s", o, schema)
                        .isFalse();
            }
        }
        assertThat(document.at("/components/schemas/ClientView/properties/is_active/type")
                        .asText())
                .isEqualTo("boolean");
    }

    @Test
    void everyReferenceResolves() {
        for (String ref : document.findValuesAsText("$ref")) {
            assertThat(ref).startsWith("#/");
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        assertThat(document.findValuesAsText("$ref")).contains("#/components/responses/CreatedClient");
    }

    private record Op(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    private static List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : iterable(document.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : iterable(path.getValue())) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(new Op(operation.getKey(), path.getKey(), operation.getValue()));
                }
            }
        }
        return operations;
    }

    private static List<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }

    /** Every {@code METHOD /path} of {@code resource} and its children, as Jersey routes them. */
    private static void collect(Resource resource, String prefix, Set<String> routes) {
        String path = normalise(prefix + "/" + resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            routes.add(method.getHttpMethod() + " " + path);
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }

    private static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
