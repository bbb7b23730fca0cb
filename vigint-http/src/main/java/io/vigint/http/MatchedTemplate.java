package io.vigint.http;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * The route a request was matched to, as the full path template of the resource method Jersey chose
 * ({@code /api/v1/keys/{id}}, {@code /admin/v1/clients/{id}/keys}), never the request's own path.
 *
 * <p>Security and billing decisions are made on this, not on {@link UriInfo#getPath()} or the raw request
 * URI: Jersey matches without matrix parameters ({@code /admin;x/v1/clients} is {@code /admin/v1/clients}
 * to it), and whatever other spellings it routes alike all end at the same template. The template comes
 * from the resources' {@code @Path} annotations, so it has a single spelling: a leading slash, segments
 * joined by one slash, no trailing slash ({@code /} for a resource method at the root).
 */
public final class MatchedTemplate {
    private MatchedTemplate() {}

    /**
     * The matched template, outermost resource first; empty when no resource method has been matched (in a
     * pre-matching filter, or for a request no route matches).
     */
    public static Optional<String> of(UriInfo uriInfo) {
        if (!(uriInfo instanceof ExtendedUriInfo extended)) {
            return Optional.empty();
        }
        List<UriTemplate> templates = extended.getMatchedTemplates();
        if (templates == null || templates.isEmpty() || extended.getMatchedResourceMethod() == null) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = templates.size() - 1; i >= 0; i--) {
            String part = trimSlashes(templates.get(i).getTemplate());
            if (!part.isEmpty()) {
                joined.append('/').append(part);
            }
        }
        return Optional.of(joined.length() == 0 ? "/" : joined.toString());
    }

    /** {@code text} without its leading and trailing slashes. */
    public static String trimSlashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '/') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(start, end);
    }
}
