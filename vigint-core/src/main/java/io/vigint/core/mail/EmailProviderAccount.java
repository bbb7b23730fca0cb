package io.vigint.core.mail;

import java.util.Objects;

/**
 * A provider configuration with its secret in plain text, as a mail adapter needs it to send. Lives
 * only in memory; {@link #toString()} never shows the secret.
 *
 * @param secret the password, API key, server token or secret access key; {@code null} only for SMTP
 *     without authentication
 */
public record EmailProviderAccount(EmailConfig config, String secret) {
    public EmailProviderAccount {
        Objects.requireNonNull(config, "config");
        if (secret == null && config.needsSecret()) {
            throw new IllegalArgumentException(config.provider().secretField() + " is required");
        }
    }

    @Override
    public String toString() {
        return "EmailProviderAccount[" + config + ", secret hidden]";
    }
}
