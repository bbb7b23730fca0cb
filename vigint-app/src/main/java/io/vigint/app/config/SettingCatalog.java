package io.vigint.app.config;

import io.vigint.billing.BillingConfig;
import io.vigint.billing.FollowUpConfig;
import io.vigint.billing.InvoiceDocumentConfig;
import io.vigint.billing.SellerConfig;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.http.ServerConfig;
import io.vigint.http.alert.AlertConfig;
import io.vigint.http.files.StorageConfig;
import io.vigint.http.metering.MeteringConfig;
import io.vigint.http.video.VideoConfig;
import io.vigint.mail.MailConfig;
import io.vigint.qonto.QontoConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Every setting there is: the data directory and database keys, declared here, and each settings
 * record's {@code KEYS}; a config file may hold only these (and the {@code pricing.endpoint.*} family).
 */
public final class SettingCatalog {
    private SettingCatalog() {}

    /** The data directory ({@code --data-dir} wins), relative to the working directory. */
    public static final SettingKey DATA_DIR = new SettingKey(
            "data_dir",
            "VIGINT_DATA_DIR",
            "vigint-data",
            "Data directory, also --data-dir: the embedded database, outbox, clips and secrets");
    /** The database ({@code --database-url} wins); none means embedded H2 in the data directory. */
    public static final SettingKey DATABASE_URL = new SettingKey(
            "database.url",
            "VIGINT_DATABASE_URL",
            "",
            "JDBC URL of the database, also --database-url (default: embedded H2 in the data directory)");

    public static final SettingKey DATABASE_USER =
            new SettingKey("database.user", "VIGINT_DATABASE_USER", "", "Database user");
    public static final SettingKey DATABASE_PASSWORD =
            new SettingKey("database.password", "VIGINT_DATABASE_PASSWORD", "", "Database password (never a flag)");

    private static final List<String> KNOWN_KEYS =
            all().stream().map(SettingKey::property).toList();

    /**
     * Every setting: the data directory and database, then each adapter's keys, in the order
     * {@code vigint serve --help} lists them.
     */
    public static List<SettingKey> all() {
        List<SettingKey> keys = new java.util.ArrayList<>();
        for (List<SettingKey> group : List.of(
                List.of(DATA_DIR, DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD),
                ServerConfig.KEYS,
                VideoConfig.KEYS,
                StorageConfig.KEYS,
                AnalysisConfig.KEYS,
                AlertConfig.KEYS,
                MailConfig.KEYS,
                MeteringConfig.KEYS,
                BillingConfig.KEYS,
                QontoConfig.KEYS,
                ScheduleConfig.KEYS,
                SellerConfig.KEYS,
                InvoiceDocumentConfig.KEYS,
                FollowUpConfig.KEYS)) {
            keys.addAll(group);
        }
        return List.copyOf(keys);
    }

    /**
     * Reads the config file {@code file}, refusing a key no settings record declares (but the family
     * {@code pricing.endpoint.<endpoint>}).
     *
     * @throws ConfigurationException if it cannot be read or names an unknown setting
     */
    static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        TreeSet<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KNOWN_KEYS);
        // A family of keys, one per priced endpoint: pricing.endpoint./api/video/analyze=0.05
        unknown.removeIf(key -> key.startsWith(MeteringConfig.ENDPOINT_PRICE_PREFIX));
        if (!unknown.isEmpty()) {
            throw new ConfigurationException("unknown setting '" + unknown.first() + "' in config file " + file
                    + " (known settings: " + String.join(", ", KNOWN_KEYS) + ")");
        }
        return properties;
    }
}
