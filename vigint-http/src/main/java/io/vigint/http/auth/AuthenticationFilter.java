package io.vigint.http.auth;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.LegacyKeyFormat;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.operator.OperatorKey;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.HttpSettings;
import io.vigint.http.MatchedTemplate;
import io.vigint.http.RequestProperties;
import io.vigint.http.error.HttpErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates every matched request by the {@link AccessRule} of the route Jersey matched ({@link
 * MatchedTemplate}, never the request's own path: {@code /admin;x/v1/clients} is an operator route like
 * {@code /admin/v1/clients}). It runs after matching, so a request no route matches never gets here (it is
 * 404 {@code NOT_FOUND} or 405 whatever its credentials), and if it somehow did without a matched
 * template it would be refused as 404. Client credentials are
 * {@code X-API-Key: vgt_…} or {@code Authorization: Bearer <vgt_… key | access token>} (the header
 * wins when both are sent); a key the original Vigint issued (43 URL-safe characters, no prefix: {@link
 * LegacyKeyFormat}) is a key in either header too, and is accepted when it was imported. The result is
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
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    /** The client API-key header. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /** The operator-key header. */
    public static final String ADMIN_KEY_HEADER = "X-Admin-Key";
    /** The query parameter some clients put keys in. */
    public static final String API_KEY_QUERY = "api_key";

    private static final String BEARER = "bearer";

    private final CachingAuthenticator keys;
    private final Optional<LoginUseCase> tokens;
    private final Optional<OperatorKeysUseCase> operators;
    private final AuthFailureListener failures;
    private final HttpSettings settings;

    @Inject
    public AuthenticationFilter(
            Optional<LoginUseCase> tokens,
            Optional<OperatorKeysUseCase> operators,
            CachingAuthenticator keys,
            AuthFailureListener failures,
            HttpSettings settings) {
        this.keys = keys;
        this.tokens = tokens;
        this.operators = operators;
        this.failures = failures;
        this.settings = settings;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String template = MatchedTemplate.of(request.getUriInfo())
                .orElseThrow(() -> new VigintException(HttpErrorCode.NOT_FOUND));
        AccessRule rule = AccessRule.of(request.getMethod(), template);
        switch (rule) {
            case PUBLIC -> {}
            case OPERATOR -> authenticateOperator(request);
            case OPTIONAL_CLIENT -> {
                Credential credential = credential(request);
                if (credential != null) {
                    authenticateClient(request, credential);
                }
            }
            case CLIENT -> authenticateClient(request, required(credential(request)));
            case SIGN_UP -> authenticateSignUp(request);
            case CLIENT_OR_OPERATOR -> {
                if (request.getHeaderString(ADMIN_KEY_HEADER) != null) {
                    authenticateOperator(request);
                } else {
                    authenticateClient(request, required(credential(request)));
                }
            }
        }
    }

    private static Credential required(Credential credential) {
        if (credential == null) {
            throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
        }
        return credential;
    }

    private void authenticateSignUp(ContainerRequestContext request) {
        if (request.getHeaderString(ADMIN_KEY_HEADER) != null) {
            authenticateOperator(request);
            return;
        }
        if (settings.openSignUp()) {
            return;
        }
        Credential credential = credential(request);
        if (credential == null) {
            throw new VigintException(
                    HttpErrorCode.ADMIN_KEY_REQUIRED,
                    "Creating clients requires an operator key (X-Admin-Key); open sign-up is disabled");
        }
        authenticateClient(request, credential);
        throw new VigintException(CoreErrorCode.SIGN_UP_DISABLED);
    }

    private void authenticateOperator(ContainerRequestContext request) {
        String presented = request.getHeaderString(ADMIN_KEY_HEADER);
        if (presented == null || presented.isBlank()) {
            throw new VigintException(HttpErrorCode.ADMIN_KEY_REQUIRED);
        }
        Optional<OperatorKey> operator = operators.flatMap(o -> o.authenticateOperator(presented.strip()));
        if (operator.isEmpty()) {
            guessed(remoteAddress(request));
            throw new VigintException(HttpErrorCode.INVALID_ADMIN_KEY);
        }
        request.setProperty(RequestProperties.OPERATOR, operator.get());
    }

    private void authenticateClient(ContainerRequestContext request, Credential credential) {
        AuthenticationResult result;
        if (credential.isApiKey()) {
            result = keys.authenticate(credential.value());
        } else {
            result = tokens.map(t -> t.authenticateToken(credential.value()))
                    .orElse(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN));
        }
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            request.setProperty(
                    ClientPrincipal.PROPERTY, new ClientPrincipal(authenticated.client(), authenticated.key()));
            return;
        }
        ErrorCode reason = ((AuthenticationResult.Rejected) result).reason();
        if (reason == CoreErrorCode.INVALID_API_KEY || reason == CoreErrorCode.INVALID_TOKEN) {
            guessed(remoteAddress(request));
        }
        throw new VigintException(reason);
    }

    /** The client credential presented, or {@code null}; refuses a query-string key unless allowed. */
    private Credential credential(ContainerRequestContext request) {
        String queryKey = queryApiKey(request);
        String header = request.getHeaderString(API_KEY_HEADER);
        if (header != null) {
            return new Credential(true, header.strip());
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return bearer(authorization.strip());
        }
        if (queryKey != null) {
            return new Credential(true, queryKey.strip());
        }
        return null;
    }

    private String queryApiKey(ContainerRequestContext request) {
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery == null || !rawQuery.contains(API_KEY_QUERY)) {
            return null;
        }
        List<String> values = request.getUriInfo().getQueryParameters().get(API_KEY_QUERY);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (!settings.allowQueryApiKey()) {
            throw new VigintException(HttpErrorCode.QUERY_API_KEY_DISABLED);
        }
        return values.get(0);
    }

    private static Credential bearer(String authorization) {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new VigintException(
                    CoreErrorCode.INVALID_TOKEN,
                    "The Authorization header must be \"Bearer <API key or access token>\"",
                    Map.of("header", HttpHeaders.AUTHORIZATION));
        }
        String value = space < 0 ? "" : authorization.substring(space + 1).strip();
        if (value.isEmpty()) {
            throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
        }
        return new Credential(value.startsWith(ApiKeyFormat.PREFIX) || LegacyKeyFormat.isWellFormed(value), value);
    }

    /**
     * An unknown credential came from {@code remote}: 429 while the address is blocked (the guess is not
     * counted again), else it is counted and the caller answers 401.
     */
    private void guessed(String remote) {
        Throttling.refuseIfBlocked(failures, remote);
        failures.authenticationFailed(remote);
    }

    private static String remoteAddress(ContainerRequestContext request) {
        return Throttling.remoteAddress(request);
    }

    /** A presented client credential: an API key, or an access token. Never logged. */
    private record Credential(boolean isApiKey, String value) {
        @Override
        public String toString() {
            return isApiKey ? "Credential[api key]" : "Credential[token]";
        }
    }
}
