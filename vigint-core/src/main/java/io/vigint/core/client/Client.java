package io.vigint.core.client;

import java.time.Instant;
import java.util.Objects;

/**
 * A client (tenant). {@code active} is false while the operator has revoked the client's access.
 *
 * @param description free text, or {@code null}
 */
public record Client(
        ClientId id,
        String name,
        String email,
        String description,
        boolean active,
        Instant createdAt,
        Instant updatedAt) {
    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** This client with its active flag set and {@code updatedAt} moved to {@code now}. */
    public Client withActive(boolean newActive, Instant now) {
        return new Client(id, name, email, description, newActive, createdAt, now);
    }
}
