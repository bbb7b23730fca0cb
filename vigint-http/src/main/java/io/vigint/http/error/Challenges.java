package io.vigint.http.error;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The {@code WWW-Authenticate} challenge of a 401 (RFC 9110 requires one): {@code AdminKey} for the
 * operator API, {@code Bearer} (API key or access token) everywhere else.
 */
public final class Challenges {
    /** The client API's challenge when no credential was presented. */
    public static final String BEARER = "Bearer realm=\"vigint\"";
    /** The client API's challenge when a credential was presented and refused (RFC 6750). */
    public static final String BEARER_REFUSED = "Bearer realm=\"vigint\", error=\"invalid_token\"";
    /** The operator API's challenge: send {@code X-Admin-Key}. */
    public static final String ADMIN = "AdminKey realm=\"vigint-admin\"";

    private Challenges() {}

    /** The challenge that goes with {@code code}. */
    public static String of(ErrorCode code) {
        if (code == HttpErrorCode.ADMIN_KEY_REQUIRED || code == HttpErrorCode.INVALID_ADMIN_KEY) {
            return ADMIN;
        }
        if (code == CoreErrorCode.API_KEY_REQUIRED || code == CoreErrorCode.INVALID_CREDENTIALS) {
            return BEARER;
        }
        return BEARER_REFUSED;
    }

    /** Adds the challenge to a 401 response; other statuses are left alone. */
    static Response.ResponseBuilder addTo(Response.ResponseBuilder builder, ErrorCode code, int status) {
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, of(code));
        }
        return builder;
    }
}
