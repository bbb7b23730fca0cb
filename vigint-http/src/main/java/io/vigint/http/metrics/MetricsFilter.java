package io.vigint.http.metrics;

import io.vigint.http.MatchedTemplates;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Times every request into {@link VigintMetrics#requestServed}: method, status, and the route as the
 * matched resource templates (e.g. {@code /api/v1/keys/{id}}, never the raw path, so the number of series
 * stays bounded; {@value VigintMetrics#UNMATCHED_ROUTE} when no resource matched). The clock starts
 * before matching and before every other filter.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public final class MetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String START_PROPERTY = "vigint.metrics.start";
    private static final int MAX_ROUTES = 10_000;
    /** Routes by resource method, with the chain of templates that led to it: each made once. */
    private static final Map<ResourceMethod, Known> ROUTES = new ConcurrentHashMap<>();

    private record Known(List<UriTemplate> templates, String route) {
        boolean matches(List<UriTemplate> matched) {
            return MatchedTemplates.same(matched, templates);
        }
    }

    private final VigintMetrics metrics;

    public MetricsFilter(VigintMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(START_PROPERTY, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START_PROPERTY) instanceof Long start) {
            metrics.requestServed(
                    request.getMethod(), route(request.getUriInfo()), response.getStatus(), System.nanoTime() - start);
        }
    }

    /** The matched templates joined, outermost first; {@code null} if nothing matched. */
    static String route(UriInfo uriInfo) {
        if (!(uriInfo instanceof ExtendedUriInfo extended)) {
            return null;
        }
        List<UriTemplate> templates = extended.getMatchedTemplates();
        if (templates == null || templates.isEmpty()) {
            return null;
        }
        ResourceMethod method = extended.getMatchedResourceMethod();
        Known known = method == null ? null : ROUTES.get(method);
        if (known != null && known.matches(templates)) {
            return known.route();
        }
        StringBuilder route = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            route.append('/').append(templates.get(i).getTemplate());
        }
        String joined = route.toString().replaceAll("/{2,}", "/");
        String made = joined.isEmpty() ? "/" : joined;
        if (method != null) {
            if (ROUTES.size() >= MAX_ROUTES) {
                ROUTES.clear();
            }
            ROUTES.put(method, new Known(List.copyOf(templates), made));
        }
        return made;
    }
}
