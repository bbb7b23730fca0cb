package io.vigint.http.openapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /openapi.json}: the OpenAPI document of every resource registered in the running
 * application (instances and classes, this one included), generated on the first request and then kept.
 */
@Path("/openapi.json")
@Tag(name = "Documentation", description = "This document")
public final class OpenApiResource {
    private final OpenApiDocument generator;
    private final List<Object> resources;
    private volatile String document;

    /** Documents the resources registered in the application this resource is registered in. */
    public OpenApiResource(OpenApiDocument generator) {
        this(generator, (List<Object>) null);
    }

    private OpenApiResource(OpenApiDocument generator, List<Object> resources) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.resources = resources;
    }

    /** A resource documenting exactly {@code resources} (instances or classes). */
    public static OpenApiResource of(OpenApiDocument generator, Collection<?> resources) {
        return new OpenApiResource(generator, List.<Object>copyOf(resources));
    }

    /** The document as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApi", summary = "The OpenAPI document of this API")
    @ApiResponse(responseCode = "200", ref = "OpenApiDocument")
    public String openApi(@Context Application application) {
        String current = document;
        if (current == null) {
            current = generator.json(resources != null ? resources : registered(application));
            document = current;
        }
        return current;
    }

    /** Registered instances and classes ({@code getSingletons} is deprecated but is where Jersey keeps them). */
    @SuppressWarnings("deprecation")
    private static List<Object> registered(Application application) {
        List<Object> registered = new ArrayList<>();
        if (application != null) {
            registered.addAll(application.getSingletons());
            registered.addAll(application.getClasses());
        }
        return registered;
    }
}
