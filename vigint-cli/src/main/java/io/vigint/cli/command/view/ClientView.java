package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.Client;
import java.time.Instant;

/** A client's own fields. */
@JsonPropertyOrder({"id", "name", "email", "description", "active", "created_at", "updated_at"})
public record ClientView(
        long id, String name, String email, String description, boolean active, Instant createdAt, Instant updatedAt) {
    public static ClientView of(Client client) {
        return new ClientView(
                client.id().value(),
                client.name(),
                client.email(),
                client.description(),
                client.active(),
                client.createdAt(),
                client.updatedAt());
    }
}
