package io.vigint.http.gate;

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
import io.vigint.http.auth.AccessRule;
import io.vigint.http.auth.AuthFailureListener;
import io.vigint.http.auth.AuthenticationFilter;
import io.vigint.http.auth.CachingAuthenticator;
import io.vigint.http.auth.Throttling;
import io.vigint.http.error.HttpErrorCode;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Authenticates one request by its route's {@link AccessRule} from the credentials it presents: the rules
 * {@link AuthenticationFilter} documents (client key or token, operator key, sign-up, the query key, the
 * failed-attempt throttle of {@link AuthFailureListener}), without Jersey, so a handler in front of Jersey
 * applies exactly the same ones. Refusals are thrown as {@link VigintException} (turn one into the answer with
 * {@link ErrorAnswer}).
 */
public final class Authentication {
    private static final String BEARER = "bearer";

    private final CachingAuthenticator keys;
    private final Optional<LoginUseCase> tokens;
    private final Optional<OperatorKeysUseCase> operators;
    private final AuthFailureListener failures;
    private final HttpSettings settings;

    @Inject
    public Authentication(
            Optional<LoginUseCase> tokens,
            Optional<OperatorKeysUseCase> operators,
            CachingAuthenticator keys,
            AuthFailureListener failures,
            HttpSettings settings) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.operators = Objects.requireNonNull(operators, "operators");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Who is calling a route with access rule {@code rule} ({@link GateRoute#ruleFor}).
     *
     * @param presented the request's credential headers
     * @param remoteAddress the peer's address, asked for only when an unknown credential must be counted
     * @throws VigintException when the request is refused (401, 403, 429 while the address is throttled, 400 for
     *     a query key that is not allowed)
     */
    public Caller authenticate(AccessRule rule, PresentedCredentials presented, Supplier<String> remoteAddress) {
        return switch (rule) {
            case PUBLIC -> Caller.ANONYMOUS;
            case OPERATOR -> Caller.operator(operator(presented, remoteAddress));
            case OPTIONAL_CLIENT -> {
                Credential credential = credential(presented);
                yield credential == null ? Caller.ANONYMOUS : Caller.client(client(credential, remoteAddress));
            }
            case CLIENT -> Caller.client(client(required(credential(presented)), remoteAddress));
            case SIGN_UP -> signUp(presented, remoteAddress);
            case CLIENT_OR_OPERATOR ->
                presented.adminKey() != null
                        ? Caller.operator(operator(presented, remoteAddress))
                        : Caller.client(client(required(credential(presented)), remoteAddress));
        };
    }

    private static Credential required(Credential credential) {
        if (credential == null) {
            throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
        }
        return credential;
    }

    private Caller signUp(PresentedCredentials presented, Supplier<String> remoteAddress) {
        if (presented.adminKey() != null) {
            return Caller.operator(operator(presented, remoteAddress));
        }
        if (settings.openSignUp()) {
            return Caller.ANONYMOUS;
        }
        Credential credential = credential(presented);
        if (credential == null) {
            throw new VigintException(
                    HttpErrorCode.ADMIN_KEY_REQUIRED,
                    "Creating clients requires an operator key (X-Admin-Key); open sign-up is disabled");
        }
        client(credential, remoteAddress);
        throw new VigintException(CoreErrorCode.SIGN_UP_DISABLED);
    }

    private OperatorKey operator(PresentedCredentials presented, Supplier<String> remoteAddress) {
        String key = presented.adminKey();
        if (key == null || key.isBlank()) {
            throw new VigintException(HttpErrorCode.ADMIN_KEY_REQUIRED);
        }
        Optional<OperatorKey> operator = operators.flatMap(o -> o.authenticateOperator(key.strip()));
        if (operator.isEmpty()) {
            guessed(remoteAddress);
            throw new VigintException(HttpErrorCode.INVALID_ADMIN_KEY);
        }
        return operator.get();
    }

    private ClientPrincipal client(Credential credential, Supplier<String> remoteAddress) {
        AuthenticationResult result;
        if (credential.isApiKey()) {
            result = keys.authenticate(credential.value());
        } else {
            result = tokens.map(t -> t.authenticateToken(credential.value()))
                    .orElse(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN));
        }
        if (result instanceof AuthenticationResult.Authenticated authenticated) {
            return new ClientPrincipal(authenticated.client(), authenticated.key());
        }
        ErrorCode reason = ((AuthenticationResult.Rejected) result).reason();
        if (reason == CoreErrorCode.INVALID_API_KEY || reason == CoreErrorCode.INVALID_TOKEN) {
            guessed(remoteAddress);
        }
        throw new VigintException(reason);
    }

    /** The client credential presented, or {@code null}; refuses a query-string key unless allowed. */
    private Credential credential(PresentedCredentials presented) {
        String queryKey = presented.queryApiKey();
        if (queryKey != null && !settings.allowQueryApiKey()) {
            throw new VigintException(HttpErrorCode.QUERY_API_KEY_DISABLED);
        }
        String header = presented.apiKey();
        if (header != null) {
            return new Credential(true, header.strip());
        }
        String authorization = presented.authorization();
        if (authorization != null) {
            return bearer(authorization.strip());
        }
        if (queryKey != null) {
            return new Credential(true, queryKey.strip());
        }
        return null;
    }

    private static Credential bearer(String authorization) {
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        if (!scheme.toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw new VigintException(
                    CoreErrorCode.INVALID_TOKEN,
                    "The Authorization header must be \"Bearer <API key or access token>\"",
                    Map.of("header", "Authorization"));
        }
        String value = space < 0 ? "" : authorization.substring(space + 1).strip();
        if (value.isEmpty()) {
            throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
        }
        return new Credential(value.startsWith(ApiKeyFormat.PREFIX) || LegacyKeyFormat.isWellFormed(value), value);
    }

    /**
     * An unknown credential came from the peer: 429 while its address is blocked (the guess is not counted
     * again), else it is counted and the caller answers 401.
     */
    private void guessed(Supplier<String> remoteAddress) {
        String remote = remoteAddress == null ? null : remoteAddress.get();
        String address = remote == null ? Throttling.UNKNOWN_ADDRESS : remote;
        Throttling.refuseIfBlocked(failures, address);
        failures.authenticationFailed(address);
    }

    /** A presented client credential: an API key, or an access token. Never logged. */
    private record Credential(boolean isApiKey, String value) {
        @Override
        public String toString() {
            return isApiKey ? "Credential[api key]" : "Credential[token]";
        }
    }
}
