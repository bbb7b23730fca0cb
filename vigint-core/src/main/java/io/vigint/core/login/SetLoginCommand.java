package io.vigint.core.login;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.regex.Pattern;

/**
 * Input of {@link LoginUseCase#setLogin}: a username of 3-64 letters, digits or {@code . _ @ -}, and a
 * password of {@value #MIN_PASSWORD}-{@value #MAX_PASSWORD} characters. The caller should clear the
 * password array after use.
 */
public record SetLoginCommand(ClientId clientId, String username, char[] password) {
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 1024;
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@-]{3,64}$");

    public SetLoginCommand {
        Checks.required("client_id", clientId);
        username = Checks.requiredText("username", username, 64);
        if (!USERNAME.matcher(username).matches()) {
            throw VigintException.invalid("username", "username must be 3-64 letters, digits, '.', '_', '@' or '-'");
        }
        if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
            throw VigintException.invalid(
                    "password", "password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    @Override
    public String toString() {
        return "SetLoginCommand[clientId=" + clientId + ", username=" + username + "]";
    }
}
