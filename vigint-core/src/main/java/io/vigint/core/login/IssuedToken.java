package io.vigint.core.login;

import io.vigint.core.util.Checks;
import java.time.Instant;

/** A bearer token just issued, and when it expires. {@link #toString()} omits the token. */
public record IssuedToken(String accessToken, Instant expiresAt, long expiresInSeconds) {
    public IssuedToken {
        Checks.nonNull("accessToken expiresAt", accessToken, expiresAt);
    }

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
