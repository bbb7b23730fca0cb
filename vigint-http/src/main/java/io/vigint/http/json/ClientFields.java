package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.Client;
import java.time.Instant;

/**
 * The fields every view of a client starts with, in this order; the views embed it with
 * {@code @JsonUnwrapped}, so it adds no level to the JSON.
 */
@JsonPropertyOrder({"id", "name", "email", "description", "is_active", "created_at", "updated_at"})
public record ClientFields(
        long id,
        String name,
        String email,
        String description,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt) {
    public static ClientFields of(Client client) {
        return new ClientFields(
                client.id().value(),
                client.name(),
                client.email(),
                client.description(),
                client.active(),
                client.createdAt(),
                client.updatedAt());
    }
}
