package io.vigint.http.openapi;

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
public final class OpenApiResource {
    private final OpenApiGenerator generator;
    private final List<Object> resources;
    private volatile String document;

    /** Documents the resources registered in the application this resource is registered in. */
    public OpenApiResource(OpenApiGenerator generator) {
        this(generator, (List<Object>) null);
    }

    private OpenApiResource(OpenApiGenerator generator, List<Object> resources) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.resources = resources;
    }

    /** A resource documenting exactly {@code resources} (instances or classes). */
    public static OpenApiResource of(OpenApiGenerator generator, Collection<?> resources) {
        return new OpenApiResource(generator, List.<Object>copyOf(resources));
    }

    /** The document as JSON. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
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
