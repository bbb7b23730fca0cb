package io.vigint.http.server;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.MatchedTemplate;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;

/**
 * Refuses request bodies larger than {@link HttpSettings#maxBodyBytes()} with 413
 * {@code PAYLOAD_TOO_LARGE}: at once when {@code Content-Length} says so, and while reading when the
 * body is chunked or longer than announced. Routes that take larger bodies (frames) have their own limit
 * in the map named {@link io.vigint.http.HttpModule#ROUTE_BODY_LIMITS}, looked up by the path template
 * Jersey matched ({@link MatchedTemplate}), never by the request's own path, so no other spelling of a
 * route ({@code /api/video/buffer;x}) and no other route gets a frame route's larger limit or loses it.
 *
 * <p>It runs after matching (first of the post-matching filters, before authentication and before anything
 * reads the body); a request no route matches never has its body read, and Grizzly skips or drops what
 * is left of it.
 */
@Priority(Priorities.AUTHENTICATION - 150)
public final class BodySizeLimitFilter implements ContainerRequestFilter {
    /**
     * The request property under which the server notes a refusal decided while the body was read (over
     * the limit, too slow): a {@link VigintException} this filter throws before anything reads the body.
     */
    public static final String REFUSAL_PROPERTY = "io.vigint.http.server.refusal";

    private static final String TRANSFER_ENCODING = "Transfer-Encoding";

    private final long defaultMaxBytes;
    private final Map<String, Long> routeLimits;

    public BodySizeLimitFilter(HttpSettings settings) {
        this(settings, Map.of());
    }

    /**
     * @param routeLimits the limit of each route whose limit differs from the server's, by path template
     *     (relative to the server root, no leading or trailing slash: {@code api/video/buffer})
     */
    @Inject
    public BodySizeLimitFilter(
            HttpSettings settings, @Named(HttpModule.ROUTE_BODY_LIMITS) Map<String, Long> routeLimits) {
        this.defaultMaxBytes = settings.maxBodyBytes();
        this.routeLimits = Map.copyOf(routeLimits);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(REFUSAL_PROPERTY) instanceof VigintException refusal) {
            throw refusal;
        }
        long maxBytes = routeLimits.isEmpty()
                ? defaultMaxBytes
                : MatchedTemplate.of(request.getUriInfo()).map(this::limitOf).orElse(defaultMaxBytes);
        long length = contentLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (length > 0 || request.getHeaderString(TRANSFER_ENCODING) != null) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    /**
     * The largest body accepted for the raw request path {@code path} (as sent, before Jersey matched it),
     * read the way Jersey matches it: matrix parameters ({@code ;x}) are dropped from every segment and
     * percent-escapes decoded, so {@code /api;x/video/buffer} gets the frame route's limit as Jersey will
     * route it there. A path that is not then exactly a route with its own limit gets the server's; once
     * Jersey has matched, {@link #filter} checks the body again against the matched route's limit.
     */
    public long maxBytesFor(String path) {
        return routeLimits.isEmpty() ? defaultMaxBytes : limitOf(withoutMatrixParameters(path));
    }

    /** {@code path} with each segment's matrix parameters removed and its percent-escapes decoded. */
    static String withoutMatrixParameters(String path) {
        StringBuilder canonical = new StringBuilder(path.length());
        for (String segment : path.split("/", -1)) {
            int semicolon = segment.indexOf(';');
            String plain = semicolon < 0 ? segment : segment.substring(0, semicolon);
            if (canonical.length() > 0 || !plain.isEmpty()) {
                canonical.append('/');
            }
            canonical.append(decode(plain));
        }
        return canonical.toString();
    }

    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return segment;
        }
    }

    private long limitOf(String path) {
        return routeLimits.getOrDefault(MatchedTemplate.trimSlashes(path), defaultMaxBytes);
    }

    /** The announced length; {@link Long#MAX_VALUE} for one too large to parse, -1 for none. */
    private static long contentLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return header.strip().chars().allMatch(Character::isDigit) ? Long.MAX_VALUE : -1;
        }
    }

    /** The error for a body over {@code maxBytes}. */
    public static VigintException tooLarge(long maxBytes) {
        return new VigintException(
                CoreErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes",
                Map.of("max_bytes", maxBytes));
    }
}
