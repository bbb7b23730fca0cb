package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A client's login: one per client. {@code passwordHash} is the hasher's self-describing encoding
 * (for example a PHC string); {@link #toString()} omits it.
 */
public record LoginCredential(ClientId clientId, String username, String passwordHash, Instant updatedAt) {
    public LoginCredential {
        Checks.nonNull("clientId username passwordHash updatedAt", clientId, username, passwordHash, updatedAt);
    }

    @Override
    public String toString() {
        return "LoginCredential[clientId=" + clientId + ", username=" + username + ", updatedAt=" + updatedAt + "]";
    }
}
