package io.vigint.http.gate;

import io.vigint.http.MatchedTemplate;
import io.vigint.http.MatchedTemplates;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The {@link GateRoute} of a request Jersey matched, computed once per resource method (and the chain of
 * templates that led to it) and kept on the request ({@value #PROPERTY}), so the filters after matching
 * share one lookup and build no string per request.
 */
public final class JerseyRoutes {
    /** The request property holding the request's {@link GateRoute}. */
    public static final String PROPERTY = "vigint.route";

    private static final Map<ResourceMethod, Known> KNOWN = new ConcurrentHashMap<>();
    private static final int MAX_KNOWN = 10_000;

    private JerseyRoutes() {}

    /** A route and the templates it was computed from (a sub-resource may be reached through several). */
    private record Known(List<UriTemplate> templates, GateRoute route) {
        boolean matches(List<UriTemplate> matched) {
            return MatchedTemplates.same(matched, templates);
        }
    }

    /**
     * The route Jersey matched for {@code request}, or {@code null} when no resource method was matched (a
     * pre-matching filter, or a request no route matches).
     */
    public static GateRoute of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof GateRoute known) {
            return known;
        }
        if (!(request.getUriInfo() instanceof ExtendedUriInfo extended)) {
            return null;
        }
        ResourceMethod method = extended.getMatchedResourceMethod();
        List<UriTemplate> templates = extended.getMatchedTemplates();
        if (method == null || templates == null || templates.isEmpty()) {
            return null;
        }
        Known known = KNOWN.get(method);
        if (known == null || !known.matches(templates)) {
            String template = MatchedTemplate.of(extended).orElse(null);
            if (template == null) {
                return null;
            }
            known = new Known(List.copyOf(templates), GateRoute.of(template));
            if (KNOWN.size() > MAX_KNOWN) {
                KNOWN.clear();
            }
            KNOWN.put(method, known);
        }
        request.setProperty(PROPERTY, known.route());
        return known.route();
    }
}
