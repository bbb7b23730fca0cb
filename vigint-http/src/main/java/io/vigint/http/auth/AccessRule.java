package io.vigint.http.auth;

import io.vigint.http.MatchedTemplate;
import java.util.List;
import java.util.Set;

/**
 * Which credential a route needs, decided from the path template of the resource method Jersey matched
 * ({@link io.vigint.http.MatchedTemplate}: {@code /admin/v1/clients/{id}/keys}), never from the request's
 * own path, whose spellings ({@code /admin;x/v1/clients}, {@code //admin/v1/clients}) Jersey may route
 * alike:
 *
 * <table>
 * <caption>Access rules</caption>
 * <tr><th>template</th><th>rule</th></tr>
 * <tr><td>{@code /api/health}, {@code /health}</td><td>{@link #OPTIONAL_CLIENT}</td></tr>
 * <tr><td>{@code /auth/token}, {@code /openapi.json}, {@code /api/v1/clients/confirm-email} (the link's
 *     token is the credential)</td><td>{@link #PUBLIC}</td></tr>
 * <tr><td>{@code /video/{id}} (one path segment after {@code video/}; the signed link's token is the
 *     credential)</td><td>{@link #PUBLIC}</td></tr>
 * <tr><td>{@code /admin/v1/**}, the original Vigint's {@code /admin/clients/**} (its aliases), {@code
 *     /metrics}</td><td>{@link #OPERATOR}</td></tr>
 * <tr><td>{@code POST /api/v1/clients} (with or without trailing slash)</td><td>{@link #SIGN_UP}</td></tr>
 * <tr><td>{@code /api/v1/videos/upload} (clip hosting)</td><td>{@link #CLIENT_OR_OPERATOR}</td></tr>
 * <tr><td>everything else</td><td>{@link #CLIENT}</td></tr>
 * </table>
 *
 * Anything not listed needs a client credential, so a new route is protected unless it is added here.
 */
public enum AccessRule {
    /** No credential is looked at. */
    PUBLIC,
    /** No credential needed, but one that is presented must be valid. */
    OPTIONAL_CLIENT,
    /** An API key or access token is required. */
    CLIENT,
    /** An operator key ({@code X-Admin-Key}) is required. */
    OPERATOR,
    /** An operator key, or nothing when open sign-up is configured. */
    SIGN_UP,
    /** An operator key when {@code X-Admin-Key} is sent, else an API key or access token. */
    CLIENT_OR_OPERATOR;

    // Issue 9 (finding 9): api/v1/clients/confirm-email is public, its token being the credential.
    private static final Set<String> PUBLIC_PATHS =
            Set.of("auth/token", "openapi.json", "api/v1/clients/confirm-email");
    private static final Set<String> OPERATOR_PATHS = Set.of("metrics");
    private static final Set<String> OPTIONAL_PATHS = Set.of("api/health", "health");
    private static final List<String> ADMIN_ROOTS = List.of("admin/v1", "admin/clients");
    private static final String CLIENTS = "api/v1/clients";
    private static final String VIDEO = "video/";
    private static final Set<String> CLIENT_OR_OPERATOR_PATHS = Set.of("api/v1/videos/upload");

    /**
     * The rule for a request.
     *
     * @param method the HTTP method
     * @param path the matched path template relative to the server root ({@link io.vigint.http.MatchedTemplate}),
     *     with or without leading and trailing slashes; never the request's own path
     */
    public static AccessRule of(String method, String path) {
        String p = MatchedTemplate.trimSlashes(path);
        if (PUBLIC_PATHS.contains(p)) {
            return PUBLIC;
        }
        if (isVideoLink(p)) {
            return PUBLIC;
        }
        if (OPTIONAL_PATHS.contains(p)) {
            return OPTIONAL_CLIENT;
        }
        if (OPERATOR_PATHS.contains(p) || ADMIN_ROOTS.stream().anyMatch(r -> p.equals(r) || p.startsWith(r + "/"))) {
            return OPERATOR;
        }
        if (p.equals(CLIENTS) && "POST".equalsIgnoreCase(method)) {
            return SIGN_UP;
        }
        if (CLIENT_OR_OPERATOR_PATHS.contains(p)) {
            return CLIENT_OR_OPERATOR;
        }
        return CLIENT;
    }

    /** {@code video/{id}}: exactly one non-empty segment after {@code video/}. */
    private static boolean isVideoLink(String p) {
        return p.startsWith(VIDEO) && p.length() > VIDEO.length() && p.indexOf('/', VIDEO.length()) < 0;
    }
}
