package io.vigint.http.server;

import io.vigint.http.ErrorEnvelope;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.json.CarriesSecret;
import io.vigint.http.json.Envelope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.message.internal.AcceptableMediaType;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Security headers on every answer Jersey sends (errors included):
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff} always;
 *   <li>on HTML, {@code Content-Security-Policy: }{@value #HTML_POLICY} (no script, no outside
 *       resource, no framing), {@code X-Frame-Options: DENY} and {@code Referrer-Policy: no-referrer};
 *   <li>{@code Cache-Control: no-store} on any answer whose body {@link CarriesSecret carries a secret}.
 * </ul>
 *
 * It also honours {@code q=0}: a successful answer in a media type that the most specific matching
 * {@code Accept} entry rules out with {@code q=0} becomes 406 {@code NOT_ACCEPTABLE}.
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class SecurityHeadersFilter implements ContainerResponseFilter {
    /** The policy of HTML answers: inline styles (the invoice has them) and nothing else. */
    public static final String HTML_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none';"
                    + " base-uri 'none'; form-action 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 300 && response.hasEntity() && ruledOut(request, response.getMediaType())) {
            response.setStatus(406);
            response.getHeaders().remove("Content-Disposition");
            response.setEntity(
                    ErrorEnvelope.body(
                            HttpErrorCode.NOT_ACCEPTABLE,
                            "The Accept header rules out (q=0) the only media type this answer has",
                            Map.of("header", HttpHeaders.ACCEPT)),
                    new Annotation[0],
                    MediaType.APPLICATION_JSON_TYPE);
        }
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Security-Policy", HTML_POLICY);
            headers.putSingle("X-Frame-Options", "DENY");
            headers.putSingle("Referrer-Policy", "no-referrer");
        }
        if (carriesSecret(response.getEntity())) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store, no-cache");
            headers.putSingle("Pragma", "no-cache");
        }
    }

    private static boolean carriesSecret(Object entity) {
        return entity instanceof CarriesSecret
                || (entity instanceof Envelope<?> envelope && envelope.data() instanceof CarriesSecret);
    }

    /** Whether the most specific {@code Accept} entry matching {@code type} has {@code q=0}. */
    private static boolean ruledOut(ContainerRequestContext request, MediaType type) {
        if (type == null || request.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return false;
        }
        if (!(request instanceof ContainerRequest jersey)) {
            return false;
        }
        List<AcceptableMediaType> accepted;
        try {
            accepted = jersey.getQualifiedAcceptableMediaTypes();
        } catch (RuntimeException malformed) {
            return false;
        }
        AcceptableMediaType best = null;
        int bestSpecificity = -1;
        for (AcceptableMediaType entry : accepted) {
            if (!entry.isCompatible(type)) {
                continue;
            }
            int specificity = (entry.isWildcardType() ? 0 : 2) + (entry.isWildcardSubtype() ? 0 : 1);
            if (specificity > bestSpecificity) {
                best = entry;
                bestSpecificity = specificity;
            }
        }
        return best != null && best.getQuality() == 0;
    }
}
