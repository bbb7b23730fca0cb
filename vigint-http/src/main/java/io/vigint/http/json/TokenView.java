package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.login.IssuedToken;

/** The answer of {@code POST /auth/token}, as OAuth 2 clients expect it. */
@JsonPropertyOrder({"access_token", "token_type", "expires_in"})
public record TokenView(String accessToken, String tokenType, long expiresIn) implements CarriesSecret {
    public static TokenView of(IssuedToken token) {
        return new TokenView(token.accessToken(), "bearer", token.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "TokenView[expiresIn=" + expiresIn + "]";
    }
}
