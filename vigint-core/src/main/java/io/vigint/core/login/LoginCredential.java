package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's login: one per client. {@code passwordHash} is the hasher's self-describing encoding
 * (for example a PHC string); {@link #toString()} omits it.
 */
public record LoginCredential(ClientId clientId, String username, String passwordHash, Instant updatedAt) {
    public LoginCredential {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public String toString() {
        return "LoginCredential[clientId=" + clientId + ", username=" + username + ", updatedAt=" + updatedAt + "]";
    }
}
