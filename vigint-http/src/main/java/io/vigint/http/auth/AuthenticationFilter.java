package io.vigint.http.auth;

import io.vigint.core.error.VigintException;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.HttpSettings;
import io.vigint.http.MatchedTemplate;
import io.vigint.http.RequestProperties;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.gate.Authentication;
import io.vigint.http.gate.Caller;
import io.vigint.http.gate.GateRoute;
import io.vigint.http.gate.JerseyRoutes;
import io.vigint.http.gate.PresentedCredentials;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticates every matched request by the {@link AccessRule} of the route Jersey matched ({@link
 * MatchedTemplate}, never the request's own path: {@code /admin;x/v1/clients} is an operator route like
 * {@code /admin/v1/clients}). It runs after matching, so a request no route matches never gets here (it is
 * 404 {@code NOT_FOUND} or 405 whatever its credentials), and if it somehow did without a matched
 * template it would be refused as 404. Client credentials are
 * {@code X-API-Key: vgt_…} or {@code Authorization: Bearer <vgt_… key | access token>} (the header
 * wins when both are sent); a key the original Vigint issued (43 URL-safe characters, no prefix: {@link
 * io.vigint.core.key.LegacyKeyFormat}) is a key in either header too, and is accepted when it was imported. The result is
 * stored as {@link ClientPrincipal#PROPERTY}. Operator routes take {@code X-Admin-Key: vgo_…} (or an
 * imported original {@code SECRET_KEY}); the key is stored as {@link RequestProperties#OPERATOR}. A route open to
 * both ({@link AccessRule#CLIENT_OR_OPERATOR}) takes the operator key when {@code X-Admin-Key} is sent, else a
 * client credential. An
 * {@code api_key} query parameter is refused with 400 {@code QUERY_API_KEY_DISABLED} unless
 * {@link HttpSettings#allowQueryApiKey()}.
 *
 * <p>Refusals are thrown as {@link VigintException} with distinct codes: {@code API_KEY_REQUIRED},
 * {@code INVALID_API_KEY}, {@code KEY_REVOKED}, {@code KEY_EXPIRED}, {@code INVALID_TOKEN},
 * {@code TOKEN_EXPIRED}, {@code ADMIN_KEY_REQUIRED}, {@code INVALID_ADMIN_KEY}; for {@code POST
 * /api/v1/clients/} without an operator key and without open sign-up, 401 {@code ADMIN_KEY_REQUIRED}
 * when no credential is sent and 403 {@code SIGN_UP_DISABLED} when a valid client credential is.
 *
 * <p>Brute-force throttling ({@link AuthFailureListener}) never refuses a valid credential: the presented
 * credential is checked first (an API key from the {@link CachingAuthenticator}'s cache of verified keys
 * when it is there, so a known key costs no database lookup), and only an unknown one is answered 429
 * {@code RATE_LIMITED} instead of 401 while its address is blocked. Other clients' failures from the same
 * address (a shared NAT or proxy) therefore lock out nobody.
 *
 * <p>Access tokens are verified on every request ({@link LoginUseCase#authenticateToken}) rather than
 * cached: the signature check is cheap, and the one client lookup it costs keeps the client's active flag
 * exact without a second cache to invalidate. API keys go through the {@link CachingAuthenticator}.
 *
 * <p>The rules themselves are in {@link Authentication}, which a handler in front of Jersey shares; this filter
 * only reads the request's route ({@link JerseyRoutes}, computed once per resource method) and headers.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    /** The client API-key header. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** The operator-key header. */
    public static final String ADMIN_KEY_HEADER = "X-Admin-Key";
    /** The query parameter some clients put keys in. */
    public static final String API_KEY_QUERY = "api_key";

    private final Authentication authentication;

    /** A filter over its own {@link Authentication} of these parts. */
    public AuthenticationFilter(
            Optional<LoginUseCase> tokens,
            Optional<OperatorKeysUseCase> operators,
            CachingAuthenticator keys,
            AuthFailureListener failures,
            HttpSettings settings) {
        this(new Authentication(tokens, operators, keys, failures, settings));
    }

    /** A filter applying {@code authentication} (the one a handler in front of Jersey shares). */
    @Inject
    public AuthenticationFilter(Authentication authentication) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        GateRoute route = JerseyRoutes.of(request);
        if (route == null) {
            throw new VigintException(HttpErrorCode.NOT_FOUND);
        }
        AccessRule rule = route.ruleFor(request.getMethod());
        if (rule == AccessRule.PUBLIC) {
            return;
        }
        Caller caller = authentication.authenticate(rule, presented(request), () -> remoteAddress(request));
        if (caller.client() != null) {
            request.setProperty(ClientPrincipal.PROPERTY, caller.client());
        } else if (caller.operator() != null) {
            request.setProperty(RequestProperties.OPERATOR, caller.operator());
        }
    }

    /** The credentials {@code request} presents. */
    public static PresentedCredentials presented(ContainerRequestContext request) {
        return new PresentedCredentials(
                request.getHeaderString(API_KEY_HEADER),
                request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(ADMIN_KEY_HEADER),
                PresentedCredentials.queryApiKey(
                        request.getUriInfo().getRequestUri().getRawQuery()));
    }

    private static String remoteAddress(ContainerRequestContext request) {
        return Throttling.remoteAddress(request);
    }
}
