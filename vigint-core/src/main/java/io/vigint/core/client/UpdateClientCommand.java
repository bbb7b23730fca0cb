package io.vigint.core.client;

import io.vigint.core.util.Checks;

/**
 * Input of {@link UpdateClientUseCase}: the fields to change; a {@code null} field stays as it is. An
 * empty description clears it.
 */
public record UpdateClientCommand(ClientId clientId, String name, String email, String description) {
    public UpdateClientCommand {
        Checks.required("client_id", clientId);
        if (name != null) {
            name = Checks.requiredText("name", name, CreateClientCommand.MAX_NAME);
        }
        if (email != null) {
            email = Checks.email("email", email);
        }
        if (description != null) {
            description = description.isBlank()
                    ? ""
                    : Checks.optionalText("description", description, CreateClientCommand.MAX_DESCRIPTION);
        }
    }
}
