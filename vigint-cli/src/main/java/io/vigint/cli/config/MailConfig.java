package io.vigint.cli.config;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.EmailConfigValidator;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.mail.MailFrom;
import io.vigint.mail.MailQueueSettings;
import io.vigint.mail.MailSettings;
import io.vigint.mail.OutboundAllowList;
import io.vigint.mail.ProviderEndpoints;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings of outgoing mail: the server's provider (the outbox folder unless configured), the sender
 * address, the outbox folder, and retry with back-off. Every key has a default that works on a laptop:
 * with none set, every message is written to {@code <data dir>/outbox} as an {@code .eml} file.
 *
 * @param provider {@code outbox}, {@code smtp}, {@code mailgun}, {@code sendgrid}, {@code postmark} or {@code ses}
 * @param serverAccount the server's provider account, or {@code null} for the outbox
 * @param from the sender of the server's mail
 * @param outboxDirectory the outbox folder; {@code null} for {@code <data dir>/outbox}; relative to the data directory
 * @param retryAttempts tries per message (1 to 10)
 * @param retryBackoff the wait after the first failure, doubled after each further one
 * @param outboundAllow the internal hosts and addresses that a client's own mail configuration may use
 *     (the server's own mail settings are trusted and not checked)
 * @param queue how queued mail (alerts) is sent: workers, per-client cap, tries, back-off, lease
 */
public record MailConfig(
        String provider,
        EmailProviderAccount serverAccount,
        MailFrom from,
        Path outboxDirectory,
        int retryAttempts,
        Duration retryBackoff,
        OutboundAllowList outboundAllow,
        MailQueueSettings queue) {

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        PROVIDER("mail.provider", "VIGINT_MAIL_PROVIDER", "outbox"),
        FROM("mail.from", "VIGINT_MAIL_FROM", MailSettings.DEFAULT_FROM),
        FROM_NAME("mail.from_name", "VIGINT_MAIL_FROM_NAME", "Vigint"),
        OUTBOX_DIR("mail.outbox_dir", "VIGINT_MAIL_OUTBOX_DIR", ""),
        SMTP_HOST("mail.smtp.host", "VIGINT_MAIL_SMTP_HOST", "localhost"),
        SMTP_PORT("mail.smtp.port", "VIGINT_MAIL_SMTP_PORT", ""),
        SMTP_USERNAME("mail.smtp.username", "VIGINT_MAIL_SMTP_USERNAME", ""),
        SMTP_PASSWORD("mail.smtp.password", "VIGINT_MAIL_SMTP_PASSWORD", ""),
        SMTP_SECURITY("mail.smtp.security", "VIGINT_MAIL_SMTP_SECURITY", "starttls"),
        API_KEY("mail.api_key", "VIGINT_MAIL_API_KEY", ""),
        DOMAIN("mail.domain", "VIGINT_MAIL_DOMAIN", ""),
        REGION("mail.region", "VIGINT_MAIL_REGION", ""),
        ACCESS_KEY_ID("mail.access_key_id", "VIGINT_MAIL_ACCESS_KEY_ID", ""),
        RETRY_ATTEMPTS("mail.retry.attempts", "VIGINT_MAIL_RETRY_ATTEMPTS", "3"),
        RETRY_BACKOFF("mail.retry.backoff", "VIGINT_MAIL_RETRY_BACKOFF", "2s"),
        OUTBOUND_ALLOW("mail.outbound.allow", "VIGINT_MAIL_OUTBOUND_ALLOW", ""),
        QUEUE_WORKERS("mail.queue.workers", "VIGINT_MAIL_QUEUE_WORKERS", "4"),
        QUEUE_PER_CLIENT("mail.queue.per_client", "VIGINT_MAIL_QUEUE_PER_CLIENT", "2"),
        QUEUE_ATTEMPTS("mail.queue.attempts", "VIGINT_MAIL_QUEUE_ATTEMPTS", "8"),
        QUEUE_BACKOFF("mail.queue.backoff", "VIGINT_MAIL_QUEUE_BACKOFF", "30s"),
        QUEUE_LEASE("mail.queue.lease", "VIGINT_MAIL_QUEUE_LEASE", "5m");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    private static final Set<Key> SECRETS = Set.of(Key.SMTP_PASSWORD, Key.API_KEY);

    static MailConfig resolve(ConfigValues values) {
        String provider = values.text(Key.PROVIDER).strip().toLowerCase(Locale.ROOT);
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, Key> keyOf = new LinkedHashMap<>();
        put(values, fields, keyOf, "from_email", Key.FROM);
        put(values, fields, keyOf, "from_name", Key.FROM_NAME);
        switch (provider) {
            case "outbox" -> {
                // only the sender applies
            }
            case "smtp" -> {
                put(values, fields, keyOf, "host", Key.SMTP_HOST);
                put(values, fields, keyOf, "port", Key.SMTP_PORT);
                put(values, fields, keyOf, "username", Key.SMTP_USERNAME);
                put(values, fields, keyOf, "password", Key.SMTP_PASSWORD);
                put(values, fields, keyOf, "security", Key.SMTP_SECURITY);
            }
            case "mailgun" -> {
                put(values, fields, keyOf, "api_key", Key.API_KEY);
                put(values, fields, keyOf, "domain", Key.DOMAIN);
                put(values, fields, keyOf, "region", Key.REGION);
            }
            case "sendgrid" -> put(values, fields, keyOf, "api_key", Key.API_KEY);
            case "postmark" -> put(values, fields, keyOf, "server_token", Key.API_KEY);
            case "ses" -> {
                put(values, fields, keyOf, "access_key_id", Key.ACCESS_KEY_ID);
                put(values, fields, keyOf, "secret_access_key", Key.API_KEY);
                put(values, fields, keyOf, "region", Key.REGION);
            }
            default -> throw values.invalid(Key.PROVIDER, "outbox, smtp, mailgun, sendgrid, postmark or ses");
        }
        EmailProviderAccount account = null;
        MailFrom from;
        if (provider.equals("outbox")) {
            // The outbox delivers nowhere, so a local address such as the default vigint@localhost is fine.
            String address = values.text(Key.FROM).strip();
            if (!address.matches("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+")) {
                throw values.invalid(Key.FROM, "an email address");
            }
            String name = values.optionalText(Key.FROM_NAME);
            if (name != null && name.chars().anyMatch(Character::isISOControl)) {
                throw values.invalid(Key.FROM_NAME, "a name without control characters");
            }
            from = new MailFrom(address, name);
        } else {
            try {
                account = EmailConfigValidator.validate(provider, fields).account();
                from = new MailFrom(
                        account.config().fromEmail(), account.config().fromName());
            } catch (VigintException e) {
                if (e.code() != CoreErrorCode.INVALID_EMAIL_CONFIG) {
                    throw e;
                }
                Key key = keyOf.getOrDefault(String.valueOf(e.details().get("field")), Key.PROVIDER);
                ServerConfig.Source source = values.source(key);
                throw new ConfigurationException("invalid "
                        + (SECRETS.contains(key) ? "or missing value" : "value '" + source.text() + "'") + " for "
                        + source.origin() + ": " + e.getMessage());
            }
        }
        Path outbox = null;
        String outboxText = values.optionalText(Key.OUTBOX_DIR);
        if (outboxText != null) {
            try {
                outbox = Path.of(outboxText);
            } catch (InvalidPathException e) {
                throw values.invalid(Key.OUTBOX_DIR, "a folder path");
            }
        }
        OutboundAllowList allow;
        try {
            allow = OutboundAllowList.parse(values.optionalText(Key.OUTBOUND_ALLOW));
        } catch (IllegalArgumentException e) {
            throw values.invalid(Key.OUTBOUND_ALLOW, "comma-separated host names, IP addresses and CIDR ranges");
        }
        return new MailConfig(
                provider,
                account,
                from,
                outbox,
                (int) values.number(Key.RETRY_ATTEMPTS, 1, 10),
                values.duration(Key.RETRY_BACKOFF, Duration.ZERO, Duration.ofMinutes(5)),
                allow,
                new MailQueueSettings(
                        (int) values.number(Key.QUEUE_WORKERS, 1, 64),
                        (int) values.number(Key.QUEUE_PER_CLIENT, 1, 64),
                        (int) values.number(Key.QUEUE_ATTEMPTS, 1, 50),
                        values.duration(Key.QUEUE_BACKOFF, Duration.ZERO, MailQueueSettings.MAX_BACKOFF),
                        values.duration(Key.QUEUE_LEASE, Duration.ofMinutes(1), Duration.ofHours(1))));
    }

    private static void put(
            ConfigValues values, Map<String, Object> fields, Map<String, Key> keyOf, String field, Key key) {
        keyOf.put(field, key);
        String text = values.optionalText(key);
        if (text != null) {
            fields.put(field, text);
        }
    }

    /** The mail adapter's settings, with the outbox under {@code dataDir} unless configured elsewhere. */
    public MailSettings toSettings(Path dataDir) {
        Path outbox = outboxDirectory == null ? dataDir.resolve("outbox") : dataDir.resolve(outboxDirectory);
        return new MailSettings(
                serverAccount,
                outbox,
                from,
                retryAttempts,
                retryBackoff,
                ProviderEndpoints.defaults(),
                outboundAllow,
                queue);
    }

    @Override
    public String toString() {
        return "MailConfig[provider=" + provider + ", from=" + from + ", outbox=" + outboxDirectory + ", attempts="
                + retryAttempts + ", backoff=" + retryBackoff + ", outboundAllow=" + outboundAllow + ", queue=" + queue
                + "]";
    }
}
