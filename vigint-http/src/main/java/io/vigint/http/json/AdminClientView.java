package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientWithKeys;
import java.time.Instant;
import java.util.List;

/** A client as the operator API shows it: with all its keys (never their secrets). */
@JsonPropertyOrder({"id", "name", "email", "description", "is_active", "created_at", "updated_at", "keys"})
public record AdminClientView(
        long id,
        String name,
        String email,
        String description,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt,
        List<KeyView> keys) {
    public static AdminClientView of(ClientWithKeys withKeys, Instant now) {
        Client client = withKeys.client();
        return new AdminClientView(
                client.id().value(),
                client.name(),
                client.email(),
                client.description(),
                client.active(),
                client.createdAt(),
                client.updatedAt(),
                withKeys.keys().stream().map(key -> KeyView.of(key, now)).toList());
    }
}
