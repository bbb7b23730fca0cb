package io.vigint.core.login;

import io.vigint.core.auth.AuthenticationResult;

/** Logins and tokens: set a client's login, exchange it for a token, authenticate a token. */
public interface LoginUseCase {
    /**
     * Sets (or replaces) the client's username and password.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} or {@code DUPLICATE_USERNAME}
     */
    LoginCredential setLogin(SetLoginCommand command);

    /**
     * Exchanges a username and password for a token.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_CREDENTIALS} for an unknown username, a
     *     wrong password or a revoked client (one code for all, so nothing is revealed)
     */
    IssuedToken login(String username, char[] password);

    /**
     * Authenticates a bearer token: {@link AuthenticationResult.Authenticated} with a {@code null} key,
     * or rejected with {@code INVALID_TOKEN}, {@code TOKEN_EXPIRED} or {@code KEY_REVOKED} (client revoked).
     */
    AuthenticationResult authenticateToken(String token);
}
