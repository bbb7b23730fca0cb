package io.vigint.qonto;

import io.vigint.core.accounting.ExportRetry;
import io.vigint.core.billing.Iban;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.DurationText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code billing.qonto.*} settings: whether issued invoices are copied into Qonto, how to reach it,
 * and how the export queue retries. Off by default; when on, the organization slug, secret key and IBAN
 * are required. Errors never echo the secret key.
 *
 * @param settings how to reach Qonto; empty when exports are off
 * @param retry the export queue's attempts and back-off
 * @param pollInterval how often {@code serve} looks for due exports
 */
public record QontoConfig(Optional<QontoSettings> settings, ExportRetry retry, Duration pollInterval) {
    public static final String DEFAULT_BASE_URL = "https://thirdparty.qonto.com";
    public static final String DEFAULT_LOCALE = "en";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
    private static final Set<String> LOCALES = Set.of("fr", "en", "it", "de", "es");

    public static final SettingKey ENABLED = key(
            "enabled",
            "false",
            "Copy every issued invoice into Qonto (client invoices) through its API: true or false");
    public static final SettingKey BASE_URL = key("base_url", DEFAULT_BASE_URL, "Where the Qonto API is");
    public static final SettingKey ORGANIZATION_SLUG =
            key("organization_slug", "", "The Qonto organization's login (sign-in) that goes with its API key");
    public static final SettingKey SECRET_KEY =
            key("secret_key", "", "The Qonto API secret key (environment or config file only, never a flag)");
    public static final SettingKey IBAN =
            key("iban", "", "The Qonto account (IBAN) that receives payment, printed on the Qonto invoices");
    public static final SettingKey LOCALE =
            key("locale", DEFAULT_LOCALE, "Language of the clients Vigint creates in Qonto: fr, en, it, de or es");
    public static final SettingKey TIMEOUT =
            key("timeout", DurationText.format(DEFAULT_TIMEOUT), "How long one Qonto API call may take");
    public static final SettingKey RETRY_ATTEMPTS = key(
            "retry.attempts",
            String.valueOf(ExportRetry.DEFAULT_MAX_ATTEMPTS),
            "Attempts per invoice before its export is marked failed (1-50)");
    public static final SettingKey RETRY_BACKOFF = key(
            "retry.backoff",
            DurationText.format(ExportRetry.DEFAULT_INITIAL_BACKOFF),
            "Wait after a failed export attempt, doubled after each (a Retry-After asking longer wins)");
    public static final SettingKey RETRY_MAX_BACKOFF = key(
            "retry.max_backoff",
            DurationText.format(ExportRetry.DEFAULT_MAX_BACKOFF),
            "Longest wait between two export attempts");
    public static final SettingKey POLL_INTERVAL = key(
            "poll_interval",
            DurationText.format(DEFAULT_POLL_INTERVAL),
            "How often vigint serve looks for due Qonto exports");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(
            ENABLED,
            BASE_URL,
            ORGANIZATION_SLUG,
            SECRET_KEY,
            IBAN,
            LOCALE,
            TIMEOUT,
            RETRY_ATTEMPTS,
            RETRY_BACKOFF,
            RETRY_MAX_BACKOFF,
            POLL_INTERVAL);

    /** {@code billing.qonto.NAME}, variable {@code VIGINT_QONTO_NAME} (dots as underscores, upper case). */
    private static SettingKey key(String name, String defaultValue, String help) {
        return new SettingKey(
                "billing.qonto." + name,
                "VIGINT_QONTO_" + name.toUpperCase(Locale.ROOT).replace('.', '_'),
                defaultValue,
                help);
    }

    public QontoConfig {
        if (settings == null || retry == null || pollInterval == null) {
            throw new IllegalArgumentException("settings, retry and pollInterval are required");
        }
    }

    /** Exports off, default retry. */
    public static QontoConfig disabled() {
        return new QontoConfig(Optional.empty(), ExportRetry.defaults(), DEFAULT_POLL_INTERVAL);
    }

    /** Whether issued invoices are exported. */
    public boolean enabled() {
        return settings.isPresent();
    }

    /**
     * Reads the settings.
     *
     * @throws ConfigurationException naming the key (and, for anything but the secret, the bad value)
     */
    public static QontoConfig resolve(ConfigReader values) {
        Duration backoff = values.duration(RETRY_BACKOFF, Duration.ZERO, Duration.ofHours(1));
        Duration maxBackoff = values.duration(RETRY_MAX_BACKOFF, Duration.ofSeconds(1), Duration.ofHours(6));
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new ConfigurationException(RETRY_MAX_BACKOFF.property() + " (" + values.text(RETRY_MAX_BACKOFF)
                    + ") must not be shorter than " + RETRY_BACKOFF.property() + " (" + values.text(RETRY_BACKOFF)
                    + ")");
        }
        ExportRetry retry = new ExportRetry(
                (int) values.number(RETRY_ATTEMPTS, 1, 50),
                backoff,
                maxBackoff,
                ExportRetry.DEFAULT_LEASE,
                ExportRetry.DEFAULT_BATCH);
        Duration poll = values.duration(POLL_INTERVAL, Duration.ofSeconds(1), Duration.ofHours(1));
        Duration timeout = values.duration(TIMEOUT, Duration.ofSeconds(1), Duration.ofMinutes(5));
        URI baseUrl = url(values);
        String locale = values.text(LOCALE).strip().toLowerCase(Locale.ROOT);
        if (!LOCALES.contains(locale)) {
            throw values.invalid(LOCALE, "fr, en, it, de or es");
        }
        if (!values.bool(ENABLED)) {
            return new QontoConfig(Optional.empty(), retry, poll);
        }
        String slug = values.optionalText(ORGANIZATION_SLUG);
        if (slug == null || !slug.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw values.invalid(ORGANIZATION_SLUG, "the organization's login, such as pied-piper-7132");
        }
        String secret = values.optionalText(SECRET_KEY);
        if (secret == null || secret.chars().anyMatch(c -> c <= ' ' || c == ':' || c > '~')) {
            throw new ConfigurationException("billing.qonto.enabled=true needs the Qonto API secret key: set "
                    + SECRET_KEY.environmentVariable() + " (or " + SECRET_KEY.property()
                    + " in the config file) to the key shown in Qonto, without spaces");
        }
        String ibanText = values.optionalText(IBAN);
        String iban;
        try {
            iban = Iban.parse(ibanText == null ? "" : ibanText).value();
        } catch (VigintException e) {
            throw values.invalid(IBAN, "the IBAN of the Qonto account that receives payment");
        }
        return new QontoConfig(
                Optional.of(new QontoSettings(baseUrl, slug, secret, iban, locale, timeout)), retry, poll);
    }

    private static URI url(ConfigReader values) {
        String text = values.text(BASE_URL).strip();
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw values.invalid(BASE_URL, "an http or https URL");
    }
}
