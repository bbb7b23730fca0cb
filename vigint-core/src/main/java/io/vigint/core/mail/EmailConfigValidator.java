package io.vigint.core.mail;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a provider name and its fields (by their JSON names) and builds the {@link EmailConfig} and
 * its secret. Every failure is {@code INVALID_EMAIL_CONFIG} with {@code details.field} naming the
 * offending field; a field the provider does not use is an error too, so typos do not pass silently.
 *
 * <table>
 *   <caption>Fields per provider (all take {@code from_email}, required, and {@code from_name})</caption>
 *   <tr><th>provider</th><th>fields</th></tr>
 *   <tr><td>smtp</td><td>{@code host} (required), {@code port} (default by security), {@code username},
 *       {@code password} (required with a user name), {@code security} ({@code none}, {@code starttls}
 *       (default), {@code ssl}) or the seed's {@code use_tls} boolean</td></tr>
 *   <tr><td>mailgun</td><td>{@code api_key}, {@code domain} (required), {@code region} ({@code us}
 *       (default) or {@code eu})</td></tr>
 *   <tr><td>sendgrid</td><td>{@code api_key} (required)</td></tr>
 *   <tr><td>postmark</td><td>{@code server_token} (required)</td></tr>
 *   <tr><td>ses</td><td>{@code access_key_id}, {@code secret_access_key}, {@code region} (required)</td></tr>
 * </table>
 */
public final class EmailConfigValidator {
    private static final Pattern HOST = Pattern.compile(
            "^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"<>,;]+@[^@\\s.\"<>,;]+(\\.[^@\\s.\"<>,;]+)+$");
    private static final Pattern AWS_REGION = Pattern.compile("^[a-z]{2}(-[a-z]+)+-\\d{1,2}$");
    private static final Pattern AWS_ACCESS_KEY_ID = Pattern.compile("^[A-Z0-9]{16,128}$");
    private static final int MAX_SECRET = 1024;

    private static final Set<String> COMMON = Set.of("from_email", "from_name");
    private static final Map<EmailProvider, Set<String>> FIELDS = Map.of(
            EmailProvider.SMTP, Set.of("host", "port", "username", "password", "security", "use_tls"),
            EmailProvider.MAILGUN, Set.of("api_key", "domain", "region"),
            EmailProvider.SENDGRID, Set.of("api_key"),
            EmailProvider.POSTMARK, Set.of("server_token"),
            EmailProvider.SES, Set.of("access_key_id", "secret_access_key", "region"));

    private EmailConfigValidator() {}

    /**
     * The checked configuration and its secret.
     *
     * @param secret the plain secret, or {@code null} if the fields did not include one
     */
    public record Result(EmailConfig config, String secret) {
        /** Whether the configuration cannot be used without a secret that the fields did not give. */
        public boolean missingSecret() {
            return secret == null && config.needsSecret();
        }

        /** This result as an account to send with. */
        public EmailProviderAccount account() {
            if (missingSecret()) {
                throw invalid(config.provider().secretField(), config.provider().secretField() + " is required");
            }
            return new EmailProviderAccount(config, secret);
        }

        @Override
        public String toString() {
            return "Result[" + config + ", secret hidden]";
        }
    }

    /**
     * Checks {@code fields} for {@code providerName}. A missing secret is not an error here (an update may
     * keep the stored one); use {@link Result#account()} or {@link Result#missingSecret()}.
     */
    public static Result validate(String providerName, Map<String, ?> fields) {
        EmailProvider provider = EmailProvider.parse(providerName);
        Map<String, ?> given = fields == null ? Map.of() : fields;
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(FIELDS.get(provider));
        for (String name : given.keySet()) {
            if (!allowed.contains(name)) {
                throw invalid(name, "'" + name + "' is not a field of the " + provider.wireName() + " provider");
            }
        }
        String fromEmail = email("from_email", text(given, "from_email", 254));
        String fromName = text(given, "from_name", 100);
        String secret = secret(given, provider.secretField());
        EmailConfig config =
                switch (provider) {
                    case SMTP -> smtp(given, fromEmail, fromName, secret);
                    case MAILGUN ->
                        EmailConfig.mailgun(
                                fromEmail,
                                fromName,
                                host("domain", required(given, "domain", 253)),
                                mailgunRegion(text(given, "region", 10)));
                    case SENDGRID, POSTMARK -> EmailConfig.tokenOnly(provider, fromEmail, fromName);
                    case SES ->
                        EmailConfig.ses(
                                fromEmail,
                                fromName,
                                matching(
                                        "region",
                                        required(given, "region", 30),
                                        AWS_REGION,
                                        "an AWS region such as eu-west-1"),
                                matching(
                                        "access_key_id",
                                        required(given, "access_key_id", 128),
                                        AWS_ACCESS_KEY_ID,
                                        "an AWS access key id (16 to 128 upper-case letters and digits)"));
                };
        return new Result(config, secret);
    }

    private static EmailConfig smtp(Map<String, ?> given, String fromEmail, String fromName, String secret) {
        String host = host("host", required(given, "host", 253));
        SmtpSecurity security = security(given);
        Integer port = port(given.get("port"));
        if (port == null) {
            port = security.defaultPort();
        }
        if (security == SmtpSecurity.STARTTLS
                && given.get("security") == null
                && port == SmtpSecurity.SSL.defaultPort()) {
            security = SmtpSecurity.SSL;
        }
        String username = text(given, "username", 254);
        if (username == null && secret != null) {
            throw invalid("username", "username is required with a password");
        }
        return EmailConfig.smtp(fromEmail, fromName, host, port, username, security);
    }

    private static SmtpSecurity security(Map<String, ?> given) {
        Object security = given.get("security");
        Object useTls = given.get("use_tls");
        if (useTls != null && !(useTls instanceof Boolean)) {
            throw invalid("use_tls", "use_tls must be true or false");
        }
        if (security == null) {
            return Boolean.FALSE.equals(useTls) ? SmtpSecurity.NONE : SmtpSecurity.STARTTLS;
        }
        if (security instanceof String text) {
            for (SmtpSecurity value : SmtpSecurity.values()) {
                if (value.wireName().equalsIgnoreCase(text.strip())) {
                    if (useTls != null && (Boolean) useTls == (value == SmtpSecurity.NONE)) {
                        throw invalid("use_tls", "use_tls contradicts security");
                    }
                    return value;
                }
            }
        }
        throw invalid("security", "security must be none, starttls or ssl");
    }

    private static Integer port(Object value) {
        if (value == null) {
            return null;
        }
        long port;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            port = ((Number) value).longValue();
        } else if (value instanceof String text && text.strip().matches("\\d{1,5}")) {
            port = Long.parseLong(text.strip());
        } else {
            throw invalid("port", "port must be a whole number from 1 to 65535");
        }
        if (port < 1 || port > 65535) {
            throw invalid("port", "port must be a whole number from 1 to 65535");
        }
        return (int) port;
    }

    private static String mailgunRegion(String region) {
        if (region == null) {
            return "us";
        }
        String lower = region.toLowerCase(Locale.ROOT);
        if (!lower.equals("us") && !lower.equals("eu")) {
            throw invalid("region", "region must be us or eu");
        }
        return lower;
    }

    private static String secret(Map<String, ?> given, String field) {
        Object value = given.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw invalid(field, field + " must be a non-empty string");
        }
        if (text.length() > MAX_SECRET || text.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field, field + " must be at most " + MAX_SECRET + " characters without control characters");
        }
        return text;
    }

    private static String required(Map<String, ?> given, String field, int maxLength) {
        String text = text(given, field, maxLength);
        if (text == null) {
            throw invalid(field, field + " is required");
        }
        return text;
    }

    private static String text(Map<String, ?> given, String field, int maxLength) {
        Object value = given.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw invalid(field, field + " must be a string");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > maxLength) {
            throw invalid(field, field + " must be at most " + maxLength + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field, field + " must not contain control characters");
        }
        return trimmed;
    }

    private static String email(String field, String value) {
        if (value == null) {
            throw invalid(field, field + " is required");
        }
        if (!EMAIL.matcher(value).matches()) {
            throw invalid(field, field + " is not a valid email address");
        }
        return value;
    }

    private static String host(String field, String value) {
        return matching(field, value, HOST, "a host name such as smtp.example.com")
                .toLowerCase(Locale.ROOT);
    }

    private static String matching(String field, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(value).matches()) {
            throw invalid(field, field + " must be " + expected);
        }
        return value;
    }

    static VigintException invalid(String field, String message) {
        Objects.requireNonNull(field, "field");
        return new VigintException(CoreErrorCode.INVALID_EMAIL_CONFIG, message, Map.of("field", field));
    }
}
