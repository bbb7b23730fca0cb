package io.vigint.mail;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.EmailConfigValidator;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.util.DurationText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final MailQueueSettings QUEUE_DEFAULTS = MailQueueSettings.defaults();

    public static final SettingKey PROVIDER = key(
            "mail.provider", "outbox", "The server's mail provider: outbox, smtp, mailgun, sendgrid, postmark or ses");
    public static final SettingKey FROM =
            key("mail.from", MailSettings.DEFAULT_FROM, "Sender address of the server's mail");
    public static final SettingKey FROM_NAME = key("mail.from_name", "Vigint", "Sender name of the server's mail");
    public static final SettingKey OUTBOX_DIR =
            key("mail.outbox_dir", "", "Outbox folder, relative to the data directory (default <data dir>/outbox)");
    public static final SettingKey SMTP_HOST = key("mail.smtp.host", "localhost", "SMTP host");
    public static final SettingKey SMTP_PORT =
            key("mail.smtp.port", "", "SMTP port (default by security: 587, 465 or 25)");
    public static final SettingKey SMTP_USERNAME = key("mail.smtp.username", "", "SMTP user name");
    public static final SettingKey SMTP_PASSWORD =
            key("mail.smtp.password", "", "SMTP password (environment or config file only, never a flag)");
    public static final SettingKey SMTP_SECURITY =
            key("mail.smtp.security", "starttls", "SMTP security: starttls, tls or none");
    public static final SettingKey API_KEY =
            key("mail.api_key", "", "API key, server token or secret access key of the mail API (never a flag)");
    public static final SettingKey DOMAIN = key("mail.domain", "", "Mailgun sending domain");
    public static final SettingKey REGION = key("mail.region", "", "Mailgun or SES region");
    public static final SettingKey ACCESS_KEY_ID = key("mail.access_key_id", "", "SES access key id");
    public static final SettingKey RETRY_ATTEMPTS = key("mail.retry.attempts", "3", "Tries per message (1 to 10)");
    public static final SettingKey RETRY_BACKOFF =
            key("mail.retry.backoff", "2s", "Wait after the first failure, doubled after each further one");
    public static final SettingKey OUTBOUND_ALLOW = key(
            "mail.outbound.allow",
            "",
            "Internal hosts, addresses and CIDR ranges a client's own mail settings may use");
    public static final SettingKey QUEUE_WORKERS =
            key("mail.queue.workers", String.valueOf(QUEUE_DEFAULTS.workers()), "Threads sending queued mail");
    public static final SettingKey QUEUE_PER_CLIENT = key(
            "mail.queue.per_client",
            String.valueOf(QUEUE_DEFAULTS.perClient()),
            "Queued messages of one client sent at once");
    public static final SettingKey QUEUE_ATTEMPTS =
            key("mail.queue.attempts", String.valueOf(QUEUE_DEFAULTS.attempts()), "Tries per queued message");
    public static final SettingKey QUEUE_BACKOFF = key(
            "mail.queue.backoff",
            DurationText.format(QUEUE_DEFAULTS.initialBackoff()),
            "Wait after a queued message's first failure, doubled after each further one");
    public static final SettingKey QUEUE_LEASE = key(
            "mail.queue.lease",
            DurationText.format(QUEUE_DEFAULTS.lease()),
            "How long a message being sent is held before another worker may retry it");

    /**
     * The setting {@code property}, whose environment variable is {@code VIGINT_} and the property in
     * upper case with dots as underscores ({@code mail.smtp.host}: {@code VIGINT_MAIL_SMTP_HOST}).
     */
    private static SettingKey key(String property, String defaultValue, String help) {
        return new SettingKey(
                property, "VIGINT_" + property.toUpperCase(Locale.ROOT).replace('.', '_'), defaultValue, help);
    }

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            PROVIDER,
            FROM,
            FROM_NAME,
            OUTBOX_DIR,
            SMTP_HOST,
            SMTP_PORT,
            SMTP_USERNAME,
            SMTP_PASSWORD,
            SMTP_SECURITY,
            API_KEY,
            DOMAIN,
            REGION,
            ACCESS_KEY_ID,
            RETRY_ATTEMPTS,
            RETRY_BACKOFF,
            OUTBOUND_ALLOW,
            QUEUE_WORKERS,
            QUEUE_PER_CLIENT,
            QUEUE_ATTEMPTS,
            QUEUE_BACKOFF,
            QUEUE_LEASE);

    private static final Set<SettingKey> SECRETS = Set.of(SMTP_PASSWORD, API_KEY);

    public static MailConfig resolve(ConfigReader values) {
        String provider = values.text(PROVIDER).strip().toLowerCase(Locale.ROOT);
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, SettingKey> keyOf = new LinkedHashMap<>();
        put(values, fields, keyOf, "from_email", FROM);
        put(values, fields, keyOf, "from_name", FROM_NAME);
        switch (provider) {
            case "outbox" -> {
                // only the sender applies
            }
            case "smtp" -> {
                put(values, fields, keyOf, "host", SMTP_HOST);
                put(values, fields, keyOf, "port", SMTP_PORT);
                put(values, fields, keyOf, "username", SMTP_USERNAME);
                put(values, fields, keyOf, "password", SMTP_PASSWORD);
                put(values, fields, keyOf, "security", SMTP_SECURITY);
            }
            case "mailgun" -> {
                put(values, fields, keyOf, "api_key", API_KEY);
                put(values, fields, keyOf, "domain", DOMAIN);
                put(values, fields, keyOf, "region", REGION);
            }
            case "sendgrid" -> put(values, fields, keyOf, "api_key", API_KEY);
            case "postmark" -> put(values, fields, keyOf, "server_token", API_KEY);
            case "ses" -> {
                put(values, fields, keyOf, "access_key_id", ACCESS_KEY_ID);
                put(values, fields, keyOf, "secret_access_key", API_KEY);
                put(values, fields, keyOf, "region", REGION);
            }
            default -> throw values.invalid(PROVIDER, "outbox, smtp, mailgun, sendgrid, postmark or ses");
        }
        EmailProviderAccount account = null;
        MailFrom from;
        if (provider.equals("outbox")) {
            // The outbox delivers nowhere, so a local address such as the default vigint@localhost is fine.
            String address = values.text(FROM).strip();
            if (!address.matches("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+")) {
                throw values.invalid(FROM, "an email address");
            }
            String name = values.optionalText(FROM_NAME);
            if (name != null && name.chars().anyMatch(Character::isISOControl)) {
                throw values.invalid(FROM_NAME, "a name without control characters");
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
                SettingKey key = keyOf.getOrDefault(String.valueOf(e.details().get("field")), PROVIDER);
                ConfigValue source = values.value(key);
                throw new ConfigurationException("invalid "
                        + (SECRETS.contains(key) ? "or missing value" : "value '" + source.text() + "'") + " for "
                        + source.origin() + ": " + e.getMessage());
            }
        }
        Path outbox = null;
        String outboxText = values.optionalText(OUTBOX_DIR);
        if (outboxText != null) {
            try {
                outbox = Path.of(outboxText);
            } catch (InvalidPathException e) {
                throw values.invalid(OUTBOX_DIR, "a folder path");
            }
        }
        OutboundAllowList allow;
        try {
            allow = OutboundAllowList.parse(values.optionalText(OUTBOUND_ALLOW));
        } catch (IllegalArgumentException e) {
            throw values.invalid(OUTBOUND_ALLOW, "comma-separated host names, IP addresses and CIDR ranges");
        }
        return new MailConfig(
                provider,
                account,
                from,
                outbox,
                (int) values.number(RETRY_ATTEMPTS, 1, 10),
                values.duration(RETRY_BACKOFF, Duration.ZERO, Duration.ofMinutes(5)),
                allow,
                new MailQueueSettings(
                        (int) values.number(QUEUE_WORKERS, 1, 64),
                        (int) values.number(QUEUE_PER_CLIENT, 1, 64),
                        (int) values.number(QUEUE_ATTEMPTS, 1, 50),
                        values.duration(QUEUE_BACKOFF, Duration.ZERO, MailQueueSettings.MAX_BACKOFF),
                        values.duration(QUEUE_LEASE, Duration.ofMinutes(1), Duration.ofHours(1))));
    }

    private static void put(
            ConfigReader values,
            Map<String, Object> fields,
            Map<String, SettingKey> keyOf,
            String field,
            SettingKey key) {
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
