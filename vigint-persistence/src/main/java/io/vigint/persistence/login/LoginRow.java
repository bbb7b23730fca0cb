package io.vigint.persistence.login;

import java.time.OffsetDateTime;

/**
 * One row of {@code login_credentials}, as stored. {@code usernameKey} is the lower-cased
 * ({@link java.util.Locale#ROOT}) username that carries the unique constraint.
 */
public record LoginRow(
        long clientId, String username, String usernameKey, String passwordHash, OffsetDateTime updatedAt) {
    @Override
    public String toString() {
        return "LoginRow[clientId=" + clientId + ", username=" + username + ", updatedAt=" + updatedAt + "]";
    }
}
