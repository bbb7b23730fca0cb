package io.vigint.app.config;

import io.vigint.billing.BillingConfig;
import io.vigint.billing.FollowUpConfig;
import io.vigint.billing.InvoiceDocumentConfig;
import io.vigint.billing.SellerConfig;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigSource;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import io.vigint.core.videofile.VideoFileSettings;
import io.vigint.http.ServerConfig;
import io.vigint.http.alert.AlertConfig;
import io.vigint.http.files.StorageConfig;
import io.vigint.http.metering.MeteringConfig;
import io.vigint.http.video.VideoConfig;
import io.vigint.mail.MailConfig;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.qonto.QontoConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The one config source: each setting taken from the first place that has it, a command-line flag
 * ({@code --data-dir}, {@code --database-url}; {@code serve --host} and {@code --port}), then an environment
 * variable, then the config file, then the default. Which keys there are, with their variables, defaults
 * and help, is {@link SettingCatalog#all()}.
 *
 * <p>The config file is {@code --config FILE}, else {@code VIGINT_CONFIG}, else {@code ./vigint.conf}
 * when it exists; it is in Java properties format and may hold only those keys and the family
 * {@code pricing.endpoint.<endpoint>} ({@link MeteringConfig}). Relative paths (the config file, the data
 * directory) are relative to the working directory. The database password has no flag, so it never shows
 * in a process list. An empty environment variable counts as unset.
 */
public final class Settings implements ConfigSource {
    /** Names the config file. */
    public static final String ENV_CONFIG = "VIGINT_CONFIG";

    /** The config file used when none is named and it exists in the working directory. */
    public static final String DEFAULT_CONFIG_FILE = "vigint.conf";

    private final Path configFile;
    private final Path dataDir;
    private final DatabaseSettings database;
    private final Properties file;
    private final Map<String, String> environment;

    private Settings(
            Path configFile,
            Path dataDir,
            DatabaseSettings database,
            Properties file,
            Map<String, String> environment) {
        this.configFile = configFile;
        this.dataDir = dataDir;
        this.database = database;
        this.file = file;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The values given on the command line; each may be {@code null} (not given).
     *
     * @param configFile {@code --config}
     * @param dataDir {@code --data-dir}
     * @param databaseUrl {@code --database-url}
     */
    public record Flags(Path configFile, Path dataDir, String databaseUrl) {
        /** No flags at all. */
        public static Flags none() {
            return new Flags(null, null, null);
        }
    }

    /**
     * Resolves the settings.
     *
     * @param flags what the command line says
     * @param environment the process environment (only {@code VIGINT_…} variables are read)
     * @param workingDirectory what relative paths are relative to
     * @throws ConfigurationException naming the file, key, variable or flag that is wrong
     */
    public static Settings resolve(Flags flags, Map<String, String> environment, Path workingDirectory) {
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(environment, "environment");
        Path cwd = workingDirectory.toAbsolutePath().normalize();

        Path configFile = configFile(flags, environment, cwd);
        Properties file = configFile == null ? new Properties() : SettingCatalog.load(configFile);

        Value dataDirText = first(
                Value.of(flags.dataDir() == null ? null : flags.dataDir().toString(), "--data-dir"),
                layered(SettingCatalog.DATA_DIR, environment, file, configFile),
                Value.of(SettingCatalog.DATA_DIR.defaultValue(), "the default data directory"));
        Path dataDir = path(cwd, dataDirText);

        Value url = first(
                Value.of(flags.databaseUrl(), "--database-url"),
                layered(SettingCatalog.DATABASE_URL, environment, file, configFile));
        Value userValue = layered(SettingCatalog.DATABASE_USER, environment, file, configFile);
        String user = userValue == null ? null : userValue.text();
        String password = firstVerbatim(
                environment.get(SettingCatalog.DATABASE_PASSWORD.environmentVariable()),
                file.getProperty(SettingCatalog.DATABASE_PASSWORD.property()));

        DatabaseSettings database;
        if (url == null) {
            database = DatabaseSettings.embedded(dataDir);
        } else {
            try {
                database = DatabaseSettings.of(url.text(), user, password);
            } catch (VigintException e) {
                throw new ConfigurationException("invalid database URL from " + url.source() + ": " + e.getMessage());
            }
        }
        return new Settings(configFile, dataDir, database, file, environment);
    }

    /**
     * The server's settings (host, port, rate limits...), from the environment and the config file.
     *
     * @throws ConfigurationException naming the variable or key whose value is unusable
     */
    public ServerConfig server() {
        return ServerConfig.resolve(values());
    }

    /** The frame-buffer settings. */
    public VideoConfig video() {
        return VideoConfig.resolve(values());
    }

    /** The settings of clients' video files (download lifetime, hosted-clip lifetime, quota). */
    public VideoFileSettings storage() {
        return StorageConfig.resolve(values());
    }

    /** The incident-analysis settings. */
    public AnalysisConfig analysis() {
        return AnalysisConfig.resolve(values());
    }

    /** The alert settings. */
    public AlertConfig alerts() {
        return AlertConfig.resolve(values());
    }

    /** The outgoing-mail settings. */
    public MailConfig mail() {
        return MailConfig.resolve(values());
    }

    /** The metering settings (price list, group-commit batching). */
    public MeteringConfig metering() {
        return MeteringConfig.resolve(values());
    }

    /** The billing settings (VAT, schedule). */
    public BillingConfig billing() {
        return BillingConfig.resolve(values());
    }

    /** The accounting export to Qonto ({@code billing.qonto.*}). */
    public QontoConfig qonto() {
        return QontoConfig.resolve(values());
    }

    /** Payment terms and reminders for unpaid invoices. */
    public FollowUpConfig followUp() {
        return FollowUpConfig.resolve(values());
    }

    /** Who issues the invoices: the seller's identity, where to pay, payment terms, footer. */
    public SellerConfig seller() {
        return SellerConfig.resolve(values());
    }

    /** When {@code vigint serve} runs the invoice batch, and the seller on invoices. */
    public ScheduleConfig schedule() {
        return ScheduleConfig.resolve(values());
    }

    /** Which PDF invoices are (Factur-X or plain) and what invoice emails carry. */
    public InvoiceDocumentConfig invoiceDocuments() {
        return InvoiceDocumentConfig.resolve(values());
    }

    /** Settings read from the environment, then the config file, then each key's default. */
    public ConfigReader values() {
        return new ConfigReader(this);
    }

    /** The value from the environment, else the config file; empty when only the default applies. */
    @Override
    public Optional<ConfigValue> find(SettingKey key) {
        return Optional.ofNullable(layered(key, environment, file, configFile))
                .map(value -> new ConfigValue(value.text(), value.source()));
    }

    /** {@code key} from the environment, else the config file; {@code null} when neither sets it. */
    private static Value layered(SettingKey key, Map<String, String> environment, Properties file, Path configFile) {
        return first(
                Value.of(env(environment, key.environmentVariable()), key.environmentVariable()),
                Value.of(file.getProperty(key.property()), key.property() + " in " + configFile));
    }

    /** The config file's keys starting with {@code prefix}, sorted, without it. */
    @Override
    public Map<String, ConfigValue> family(String prefix) {
        Map<String, ConfigValue> found = new java.util.TreeMap<>();
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                found.put(
                        name.substring(prefix.length()),
                        new ConfigValue(file.getProperty(name), name + " in " + configFile));
            }
        }
        return found;
    }

    /** The process environment the settings were resolved from. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The config file that was read, or {@code null} if none was. */
    public Path configFile() {
        return configFile;
    }

    /** The data directory (absolute). */
    public Path dataDir() {
        return dataDir;
    }

    /** How to reach the database. */
    public DatabaseSettings database() {
        return database;
    }

    /** True if the database is PostgreSQL (not the embedded H2). */
    public boolean usesPostgres() {
        return !database.isH2();
    }

    /** The database URL with any password masked, for messages. */
    public String safeDatabaseUrl() {
        return database.safeUrl();
    }

    /** Never includes the database password. */
    @Override
    public String toString() {
        return "Settings[configFile=" + configFile + ", dataDir=" + dataDir + ", database=" + database.safeUrl() + "]";
    }

    private static Path configFile(Flags flags, Map<String, String> environment, Path cwd) {
        if (flags.configFile() != null) {
            return existingFile(cwd.resolve(flags.configFile()).normalize(), "--config");
        }
        String fromEnv = env(environment, ENV_CONFIG);
        if (fromEnv != null) {
            return existingFile(path(cwd, new Value(fromEnv, ENV_CONFIG)), ENV_CONFIG);
        }
        Path implicit = cwd.resolve(DEFAULT_CONFIG_FILE);
        return Files.isRegularFile(implicit) ? implicit : null;
    }

    private static Path existingFile(Path file, String source) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException("config file from " + source + " not found: " + file);
        }
        return file;
    }

    private static Path path(Path cwd, Value value) {
        try {
            return cwd.resolve(value.text()).normalize();
        } catch (InvalidPathException e) {
            throw new ConfigurationException("invalid path from " + value.source() + ": " + value.text());
        }
    }

    private static String env(Map<String, String> environment, String name) {
        return blankToNull(environment.get(name));
    }

    /** The first non-empty candidate, with its surrounding spaces, which may belong to a password. */
    private static String firstVerbatim(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static Value first(Value... candidates) {
        for (Value candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A setting's text and where it came from (for error messages). */
    private record Value(String text, String source) {
        static Value of(String text, String source) {
            String value = blankToNull(text);
            return value == null ? null : new Value(value, source);
        }
    }
}
