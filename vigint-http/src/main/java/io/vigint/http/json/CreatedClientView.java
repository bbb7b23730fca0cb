package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.CreatedClient;
import java.time.Instant;

/** A client just created, with its first API key in plain text: the only time it is shown. */
@JsonPropertyOrder({
    "id",
    "name",
    "email",
    "description",
    "api_key",
    "is_active",
    "created_at",
    "updated_at",
    "email_config"
})
public record CreatedClientView(
        long id,
        String name,
        String email,
        String description,
        String apiKey,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt,
        Object emailConfig)
        implements CarriesSecret {
    public static CreatedClientView of(CreatedClient created) {
        var client = created.client();
        return new CreatedClientView(
                client.id().value(),
                client.name(),
                client.email(),
                client.description(),
                created.apiKey().plainText(),
                client.active(),
                client.createdAt(),
                client.updatedAt(),
                null);
    }

    @Override
    public String toString() {
        return "CreatedClientView[id=" + id + "]";
    }
}
