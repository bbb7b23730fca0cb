package io.vigint.http.metrics;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.server.ExtendedUriInfo;
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
        StringBuilder route = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            route.append('/').append(templates.get(i).getTemplate());
        }
        String joined = route.toString().replaceAll("/{2,}", "/");
        return joined.isEmpty() ? "/" : joined;
    }
}
