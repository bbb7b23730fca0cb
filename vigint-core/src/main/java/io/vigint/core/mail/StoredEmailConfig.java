package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;

/**
 * A client's email configuration as stored: the settings and the secret sealed by a {@link
 * io.vigint.core.port.SecretCipher} (never the plain text).
 *
 * @param sealedSecret the sealed secret, or {@code null} when the configuration has none
 */
public record StoredEmailConfig(
        ClientId clientId, EmailConfig config, String sealedSecret, Instant createdAt, Instant updatedAt) {
    public StoredEmailConfig {
        Checks.nonNull("clientId config createdAt updatedAt", clientId, config, createdAt, updatedAt);
    }

    /** Whether a secret is stored. */
    public boolean secretSet() {
        return sealedSecret != null;
    }
}
