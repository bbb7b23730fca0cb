package io.vigint.http.server;

import io.vigint.core.error.VigintException;
import io.vigint.http.error.HttpErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.message.internal.AcceptableMediaType;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Checks the headers Jersey parses before anything else reads them, so that a malformed one gets the
 * error envelope instead of Jersey's empty 400: {@code Accept}, {@code Content-Type} and {@code
 * Content-Length} that do not parse (or a negative length) are 400 {@code MALFORMED_REQUEST} naming the
 * header. An {@code Accept} whose every entry has {@code q=0} accepts nothing: 406 {@code NOT_ACCEPTABLE}
 * before any resource runs ({@link SecurityHeadersFilter} refuses a response whose chosen type the
 * caller ruled out with {@code q=0} when other entries remain).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestHeaderFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        List<AcceptableMediaType> accepted = accepted(request);
        if (!accepted.isEmpty() && accepted.stream().allMatch(type -> type.getQuality() == 0)) {
            throw new VigintException(
                    HttpErrorCode.NOT_ACCEPTABLE,
                    "The Accept header rules out every media type (q=0)",
                    Map.of("header", HttpHeaders.ACCEPT));
        }
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null) {
            try {
                request.getMediaType();
            } catch (RuntimeException e) {
                throw malformed(HttpHeaders.CONTENT_TYPE);
            }
        }
        List<String> lengths = request.getHeaders().get(HttpHeaders.CONTENT_LENGTH);
        if (lengths != null) {
            for (String length : lengths) {
                if (!isNonNegativeInteger(length)) {
                    throw malformed(HttpHeaders.CONTENT_LENGTH);
                }
            }
        }
    }

    private static List<AcceptableMediaType> accepted(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.ACCEPT) == null) {
            return List.of();
        }
        try {
            if (request instanceof ContainerRequest jersey) {
                return jersey.getQualifiedAcceptableMediaTypes();
            }
            request.getAcceptableMediaTypes();
            return List.of();
        } catch (RuntimeException e) {
            throw malformed(HttpHeaders.ACCEPT);
        }
    }

    private static boolean isNonNegativeInteger(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > 18) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static VigintException malformed(String header) {
        return new VigintException(
                HttpErrorCode.MALFORMED_REQUEST, "The " + header + " header is malformed", Map.of("header", header));
    }
}
