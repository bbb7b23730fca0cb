package io.vigint.core.client;

import io.vigint.core.util.Checks;

/**
 * Input of {@link CreateClientUseCase}: trimmed name (1-100 characters), a valid email and an
 * optional description (up to 1000 characters). Invalid input throws {@code VALIDATION_FAILED}.
 */
public record CreateClientCommand(String name, String email, String description) {
    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;

    public CreateClientCommand {
        name = Checks.requiredText("name", name, MAX_NAME);
        email = Checks.email("email", email);
        description = Checks.optionalText("description", description, MAX_DESCRIPTION);
    }
}
