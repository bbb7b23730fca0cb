package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.Client;
import java.time.Instant;

/**
 * A client as {@code GET /api/v1/clients/me} shows it: no API key. {@code email_config} is always
 * present: {@code null} until the client configures an email provider, then that provider as {@code GET
 * /api/v1/clients/email-config} shows it ({@link EmailConfigView}: no secret, only {@code <field>_set}).
 */
@JsonPropertyOrder({"id", "name", "email", "description", "is_active", "created_at", "updated_at", "email_config"})
public record ClientView(
        long id,
        String name,
        String email,
        String description,
        boolean isActive,
        Instant createdAt,
        Instant updatedAt,
        Object emailConfig) {
    /** {@code client} without an email configuration. */
    public static ClientView of(Client client) {
        return of(client, null);
    }

    /** {@code client} with its email configuration, or {@code null} if it has none. */
    public static ClientView of(Client client, EmailConfigView emailConfig) {
        return new ClientView(
                client.id().value(),
                client.name(),
                client.email(),
                client.description(),
                client.active(),
                client.createdAt(),
                client.updatedAt(),
                emailConfig);
    }
}
