package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Duration;

/**
 * Input of {@link IssueApiKeyUseCase}: the client, a key name (default {@value #DEFAULT_NAME}, up to
 * 100 characters) and an optional lifetime (positive, at most {@link #MAX_LIFETIME}).
 */
public record IssueApiKeyCommand(ClientId clientId, String name, Duration expiresIn) {
    public static final String DEFAULT_NAME = "default";
    public static final int MAX_NAME = 100;
    public static final Duration MAX_LIFETIME = Duration.ofDays(3650);

    public IssueApiKeyCommand {
        Checks.required("client_id", clientId);
        name = Checks.optionalText("name", name, MAX_NAME);
        if (name == null) {
            name = DEFAULT_NAME;
        }
        if (expiresIn != null
                && (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(MAX_LIFETIME) > 0)) {
            throw VigintException.invalid("expires_in", "expires_in must be more than 0 and at most 3650d");
        }
    }

    /** A never-expiring key named {@value #DEFAULT_NAME}. */
    public static IssueApiKeyCommand defaultKey(ClientId clientId) {
        return new IssueApiKeyCommand(clientId, null, null);
    }
}
