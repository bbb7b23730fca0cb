package io.vigint.core.login;

import java.time.Instant;
import java.util.Objects;

/** A bearer token just issued, and when it expires. {@link #toString()} omits the token. */
public record IssuedToken(String accessToken, Instant expiresAt, long expiresInSeconds) {
    public IssuedToken {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
