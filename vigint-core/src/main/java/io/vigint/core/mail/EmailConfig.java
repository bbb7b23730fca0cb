package io.vigint.core.mail;

import io.vigint.core.util.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's (or the server's) mail provider settings without the secret: which provider, the sender,
 * and the provider's own non-secret fields ({@code null} where the provider does not use them). Built
 * by {@link EmailConfigValidator}, which checks every field.
 *
 * @param fromEmail the sender address
 * @param fromName the sender's display name, or {@code null}
 * @param host SMTP host
 * @param port SMTP port
 * @param username SMTP user name, or {@code null} for no authentication
 * @param security SMTP connection security
 * @param domain Mailgun sending domain
 * @param region Mailgun region ({@code us} or {@code eu}) or SES region (e.g. {@code eu-west-1})
 * @param accessKeyId SES access key id (an identifier, not the secret)
 */
public record EmailConfig(
        EmailProvider provider,
        String fromEmail,
        String fromName,
        String host,
        Integer port,
        String username,
        SmtpSecurity security,
        String domain,
        String region,
        String accessKeyId) {
    public EmailConfig {
        Checks.nonNull("provider fromEmail", provider, fromEmail);
    }

    /** An SMTP configuration. */
    public static EmailConfig smtp(
            String fromEmail, String fromName, String host, int port, String username, SmtpSecurity security) {
        return new EmailConfig(
                EmailProvider.SMTP, fromEmail, fromName, host, port, username, security, null, null, null);
    }

    /** A Mailgun configuration: the sending domain and the region ({@code us} or {@code eu}). */
    public static EmailConfig mailgun(String fromEmail, String fromName, String domain, String region) {
        return new EmailConfig(
                EmailProvider.MAILGUN, fromEmail, fromName, null, null, null, null, domain, region, null);
    }

    /** An Amazon SES configuration: the region and the access key id (the secret key is sealed apart). */
    public static EmailConfig ses(String fromEmail, String fromName, String region, String accessKeyId) {
        return new EmailConfig(
                EmailProvider.SES, fromEmail, fromName, null, null, null, null, null, region, accessKeyId);
    }

    /** A configuration of a provider whose API token (the secret) is its only own field: SendGrid, Postmark. */
    public static EmailConfig tokenOnly(EmailProvider provider, String fromEmail, String fromName) {
        return new EmailConfig(provider, fromEmail, fromName, null, null, null, null, null, null, null);
    }

    /** Whether this configuration needs a secret to send (SMTP without a user name does not). */
    public boolean needsSecret() {
        return provider != EmailProvider.SMTP || username != null;
    }

    /**
     * The settings as the API shows them, in a stable order, with snake_case names and without the
     * secret (so the map can be rendered as JSON by any adapter).
     */
    public Map<String, Object> publicFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (provider) {
            case SMTP -> {
                fields.put("host", host);
                fields.put("port", port);
                putIfPresent(fields, "username", username);
                fields.put("security", security.wireName());
                fields.put("use_tls", security != SmtpSecurity.NONE);
            }
            case MAILGUN -> {
                fields.put("domain", domain);
                fields.put("region", region);
            }
            case SES -> {
                fields.put("access_key_id", accessKeyId);
                fields.put("region", region);
            }
            case SENDGRID, POSTMARK -> {
                // the secret is their only provider-specific field
            }
        }
        fields.put("from_email", fromEmail);
        putIfPresent(fields, "from_name", fromName);
        return fields;
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
