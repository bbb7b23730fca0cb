package io.vigint.core.mail;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Locale;
import java.util.Map;

/** The mail providers a client can configure, each with the name of its one secret field. */
public enum EmailProvider {
    SMTP("password"),
    MAILGUN("api_key"),
    SENDGRID("api_key"),
    POSTMARK("server_token"),
    SES("secret_access_key");

    private final String secretField;

    EmailProvider(String secretField) {
        this.secretField = secretField;
    }

    /** The provider's name in JSON and configuration: {@code smtp}, {@code mailgun}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The config field that holds this provider's secret (stored encrypted, never shown). */
    public String secretField() {
        return secretField;
    }

    /**
     * The provider named {@code text} (case-insensitive).
     *
     * @throws VigintException {@code INVALID_EMAIL_CONFIG} with field {@code provider} if there is none
     */
    public static EmailProvider parse(String text) {
        if (text != null) {
            for (EmailProvider provider : values()) {
                if (provider.wireName().equalsIgnoreCase(text.strip())) {
                    return provider;
                }
            }
        }
        throw new VigintException(
                CoreErrorCode.INVALID_EMAIL_CONFIG,
                text == null || text.isBlank()
                        ? "provider is required (smtp, mailgun, sendgrid, postmark or ses)"
                        : "Unknown email provider; use smtp, mailgun, sendgrid, postmark or ses",
                Map.of("field", "provider"));
    }
}
