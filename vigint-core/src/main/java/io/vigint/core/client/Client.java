package io.vigint.core.client;

import io.vigint.core.util.Checks;
import java.time.Instant;

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
        Checks.nonNull("id name email createdAt updatedAt", id, name, email, createdAt, updatedAt);
    }

    /** This client with its active flag set and {@code updatedAt} moved to {@code now}. */
    public Client withActive(boolean newActive, Instant now) {
        return new Client(id, name, email, description, newActive, createdAt, now);
    }
}
