package io.vigint.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.ReflectionUtils;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import io.vigint.http.auth.AccessRule;
import io.vigint.http.json.JsonMapperProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI 3.0 document from the swagger-core annotations of the JAX-RS resources
 * ({@code @Tag}, {@code @Operation}, {@code @ApiResponse} on top of {@code @Path}, {@code @GET}, …),
 * bodies described as the API's own JSON mapper writes them (snake_case) and kept once under
 * {@code components/schemas}. Two things are added to every operation rather than written on each:
 * the security requirement, derived from {@link AccessRule} (the rule the server enforces, so the
 * document cannot claim another), and the error answers ({@code 4XX}, {@code 5XX}: the error envelope,
 * with examples). The output is deterministic whatever order the resources are given in.
 */
public final class OpenApiDocument {
    /** The OpenAPI version written. */
    public static final String OPENAPI_VERSION = "3.0.3";

    static final String API_KEY = "ApiKey";
    static final String BEARER = "Bearer";
    static final String ADMIN_KEY = "AdminKey";
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    static {
        // Bodies as the API's mapper sees them (snake_case); a fresh mapper, as the resolver registers a module.
        ModelConverters.getInstance().addConverter(new ModelResolver(JsonMapperProvider.newObjectMapper()));
    }

    private final String title;
    private final String version;

    public OpenApiDocument(String title, String version) {
        this.title = Objects.requireNonNull(title, "title");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** The document of the Vigint API at {@code version}. */
    public static OpenApiDocument vigint(String version) {
        return new OpenApiDocument("Vigint API", version);
    }

    /**
     * The document for {@code resources}: resource instances or classes (anything without {@code @Path}
     * on its class, such as filters, is ignored).
     */
    public OpenAPI model(Collection<?> resources) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        resources.stream()
                .map(r -> r instanceof Class<?> c ? c : r.getClass())
                .filter(c -> ReflectionUtils.getAnnotation(c, jakarta.ws.rs.Path.class) != null)
                .sorted(Comparator.comparing(Class::getName))
                .forEach(classes::add);
        SwaggerConfiguration config =
                new SwaggerConfiguration().openAPI(base()).sortOutput(true).readAllResources(true);
        OpenAPI document = new Reader(config).read(classes);
        for (Class<?> envelope : EnvelopeSchemas.types()) {
            ModelConverters.getInstance().readAll(envelope).forEach(document.getComponents()::addSchemas);
        }
        document.setPaths(sorted(document.getPaths()));
        document.getPaths().forEach(this::complete);
        document.setTags(tags(document));
        dropUnusedSchemas(document);
        return document;
    }

    /** {@link #model} as indented JSON. */
    public String json(Collection<?> resources) {
        try {
            return Json.pretty().writeValueAsString(model(resources));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document", e);
        }
    }

    private OpenAPI base() {
        Components components = RateLimitResponses.addTo(SharedComponents.addTo(new Components()))
                .addSecuritySchemes(API_KEY, headerKey("X-API-Key", "A client's API key"))
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description("An API key or an access token from POST /auth/token"))
                .addSecuritySchemes(ADMIN_KEY, headerKey("X-Admin-Key", "The operator key"));
        return new OpenAPI()
                .openapi(OPENAPI_VERSION)
                .info(new Info()
                        .title(title)
                        .version(version)
                        .description("Vigint: API keys, clients, video alerts and billing."))
                .servers(List.of(new Server().url("/").description("This server")))
                .components(components);
    }

    private static SecurityScheme headerKey(String header, String description) {
        return new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(header)
                .description(description);
    }

    /**
     * Security from {@link AccessRule} and the shared error answers (with the 429 of the rate limits on client
     * routes, {@link RateLimitResponses}), on each operation of {@code path}.
     */
    private void complete(String path, PathItem item) {
        item.readOperationsMap().forEach((method, operation) -> {
            AccessRule rule = AccessRule.of(method.name(), path);
            operation.setSecurity(security(rule));
            declarePathVariables(path, operation);
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ApiResponse inferred = responses.remove("default");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                // The reader's answer from the method's return type (or none for a Response).
                ApiResponse success = inferred == null ? new ApiResponse() : inferred;
                responses.addApiResponse("200", success.description("Success"));
            }
            RateLimitResponses.of(path, rule).ifPresent(refusal -> responses.addApiResponse("429", refusal));
            responses.addApiResponse(
                    "4XX", new ApiResponse().$ref("#/components/responses/" + SharedComponents.CLIENT_ERROR));
            responses.addApiResponse(
                    "5XX", new ApiResponse().$ref("#/components/responses/" + SharedComponents.SERVER_ERROR));
            operation.setResponses(responses);
        });
    }

    /** Declares the template variables no parameter names (a sub-resource locator's, for one) as strings. */
    private static void declarePathVariables(String path, Operation operation) {
        Matcher variable = TEMPLATE_VARIABLE.matcher(path);
        while (variable.find()) {
            String name = variable.group(1);
            boolean declared = operation.getParameters() != null
                    && operation.getParameters().stream()
                            .anyMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()));
            if (!declared) {
                operation.addParametersItem(
                        new PathParameter().name(name).required(true).schema(new StringSchema()));
            }
        }
    }

    private static List<SecurityRequirement> security(AccessRule rule) {
        SecurityRequirement apiKey = new SecurityRequirement().addList(API_KEY);
        SecurityRequirement bearer = new SecurityRequirement().addList(BEARER);
        SecurityRequirement admin = new SecurityRequirement().addList(ADMIN_KEY);
        SecurityRequirement none = new SecurityRequirement();
        return switch (rule) {
            case PUBLIC -> List.of();
            case OPTIONAL_CLIENT -> List.of(none, apiKey, bearer);
            case CLIENT -> List.of(apiKey, bearer);
            case OPERATOR -> List.of(admin);
            case SIGN_UP -> List.of(admin, none);
            case CLIENT_OR_OPERATOR -> List.of(apiKey, bearer, admin);
        };
    }

    /** Removes the schemas nothing refers to (a type the reader also inlined, as with {@code @JsonUnwrapped}). */
    private static void dropUnusedSchemas(OpenAPI document) {
        Map<String, ?> schemas = document.getComponents().getSchemas();
        boolean removed = schemas != null;
        while (removed) {
            Set<String> used = new HashSet<>(Json.mapper().valueToTree(document).findValuesAsText("$ref"));
            removed = schemas.keySet().removeIf(name -> !used.contains("#/components/schemas/" + name));
        }
    }

    private static Paths sorted(Paths paths) {
        Paths out = new Paths();
        if (paths != null) {
            new TreeMap<>(paths).forEach(out::addPathItem);
        }
        return out;
    }

    /** The tags the operations use, each once, sorted, with the description of the class's {@code @Tag}. */
    private static List<Tag> tags(OpenAPI document) {
        Map<String, Tag> declared = new TreeMap<>();
        if (document.getTags() != null) {
            document.getTags().forEach(t -> declared.put(t.getName(), t));
        }
        Map<String, Tag> used = new TreeMap<>();
        for (PathItem item : document.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getTags() != null) {
                    for (String name : operation.getTags()) {
                        used.putIfAbsent(name, declared.getOrDefault(name, new Tag().name(name)));
                    }
                }
            }
        }
        return new ArrayList<>(used.values());
    }
}
