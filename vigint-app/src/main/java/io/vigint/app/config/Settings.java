package io.vigint.app.config;

import io.vigint.billing.BillingConfig;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigSource;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import io.vigint.http.ServerConfig;
import io.vigint.http.alert.AlertConfig;
import io.vigint.http.metering.MeteringConfig;
import io.vigint.http.video.VideoConfig;
import io.vigint.mail.MailConfig;
import io.vigint.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The CLI's settings, each taken from the first place that has it: a command-line flag, then an
 * environment variable, then the config file, then the default.
 *
 * <table>
 *   <caption>Settings and where they come from</caption>
 *   <tr><th>flag</th><th>environment</th><th>config file key</th><th>default</th></tr>
 *   <tr><td>{@code --data-dir}</td><td>{@code VIGINT_DATA_DIR}</td><td>{@code data_dir}</td>
 *       <td>{@code ./vigint-data}</td></tr>
 *   <tr><td>{@code --database-url}</td><td>{@code VIGINT_DATABASE_URL}</td><td>{@code database.url}</td>
 *       <td>embedded H2 in the data directory</td></tr>
 *   <tr><td></td><td>{@code VIGINT_DATABASE_USER}</td><td>{@code database.user}</td><td>none</td></tr>
 *   <tr><td></td><td>{@code VIGINT_DATABASE_PASSWORD}</td><td>{@code database.password}</td><td>none</td></tr>
 * </table>
 *
 * <p>The config file is {@code --config FILE}, else {@code VIGINT_CONFIG}, else {@code ./vigint.conf}
 * when it exists; it is in Java properties format and may hold only the keys above, the keys of the
 * adapters' settings records ({@link #settingKeys()}) and the family
 * {@code pricing.endpoint.<endpoint>} ({@link MeteringConfig}). Relative paths
 * (the config file, the data directory) are relative to the working directory. The password has no
 * flag, so it never shows in a process list. An empty environment variable counts as unset.
 */
public final class Settings implements ConfigSource {
    /** Names the config file. */
    public static final String ENV_CONFIG = "VIGINT_CONFIG";

    public static final String ENV_DATA_DIR = "VIGINT_DATA_DIR";
    public static final String ENV_DATABASE_URL = "VIGINT_DATABASE_URL";
    public static final String ENV_DATABASE_USER = "VIGINT_DATABASE_USER";
    public static final String ENV_DATABASE_PASSWORD = "VIGINT_DATABASE_PASSWORD";

    public static final String KEY_DATA_DIR = "data_dir";
    public static final String KEY_DATABASE_URL = "database.url";
    public static final String KEY_DATABASE_USER = "database.user";
    public static final String KEY_DATABASE_PASSWORD = "database.password";

    /** The config file used when none is named and it exists in the working directory. */
    public static final String DEFAULT_CONFIG_FILE = "vigint.conf";
    /** The data directory when none is configured, relative to the working directory. */
    public static final String DEFAULT_DATA_DIR = "vigint-data";

    /** The data directory ({@code --data-dir} wins). */
    public static final SettingKey DATA_DIR = new SettingKey(
            KEY_DATA_DIR,
            ENV_DATA_DIR,
            DEFAULT_DATA_DIR,
            "Data directory, also --data-dir: the embedded database, outbox, clips and secrets");
    /** The database ({@code --database-url} wins); none means embedded H2 in the data directory. */
    public static final SettingKey DATABASE_URL = new SettingKey(
            KEY_DATABASE_URL,
            ENV_DATABASE_URL,
            "",
            "JDBC URL of the database, also --database-url (default: embedded H2 in the data directory)");

    public static final SettingKey DATABASE_USER =
            new SettingKey(KEY_DATABASE_USER, ENV_DATABASE_USER, "", "Database user");
    public static final SettingKey DATABASE_PASSWORD =
            new SettingKey(KEY_DATABASE_PASSWORD, ENV_DATABASE_PASSWORD, "", "Database password (never a flag)");

    private static final List<String> KNOWN_KEYS =
            settingKeys().stream().map(SettingKey::property).toList();

    /**
     * Every setting: the data directory and database, then each adapter's keys, in the order
     * {@code vigint serve --help} lists them.
     */
    public static List<SettingKey> settingKeys() {
        List<SettingKey> keys = new java.util.ArrayList<>();
        for (List<SettingKey> group : List.of(
                List.of(DATA_DIR, DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD),
                ServerConfig.KEYS,
                VideoConfig.KEYS,
                AnalysisConfig.KEYS,
                AlertConfig.KEYS,
                MailConfig.KEYS,
                MeteringConfig.KEYS,
                BillingConfig.KEYS,
                ScheduleConfig.KEYS)) {
            keys.addAll(group);
        }
        return List.copyOf(keys);
    }

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
        Properties file = configFile == null ? new Properties() : load(configFile);

        Value dataDirText = first(
                Value.of(flags.dataDir() == null ? null : flags.dataDir().toString(), "--data-dir"),
                Value.of(env(environment, ENV_DATA_DIR), ENV_DATA_DIR),
                Value.of(file.getProperty(KEY_DATA_DIR), KEY_DATA_DIR + " in " + configFile),
                Value.of(DEFAULT_DATA_DIR, "the default data directory"));
        Path dataDir = path(cwd, dataDirText);

        Value url = first(
                Value.of(flags.databaseUrl(), "--database-url"),
                Value.of(env(environment, ENV_DATABASE_URL), ENV_DATABASE_URL),
                Value.of(file.getProperty(KEY_DATABASE_URL), KEY_DATABASE_URL + " in " + configFile));
        String user = firstText(env(environment, ENV_DATABASE_USER), file.getProperty(KEY_DATABASE_USER));
        String password =
                firstVerbatim(environment.get(ENV_DATABASE_PASSWORD), file.getProperty(KEY_DATABASE_PASSWORD));

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

    /** When {@code vigint serve} runs the invoice batch, and the seller on invoices. */
    public ScheduleConfig schedule() {
        return ScheduleConfig.resolve(values());
    }

    /** Settings read from the environment, then the config file, then each key's default. */
    public ConfigReader values() {
        return new ConfigReader(this);
    }

    /** The value from the environment, else the config file; empty when only the default applies. */
    @Override
    public Optional<ConfigValue> find(SettingKey key) {
        Value value = first(
                Value.of(env(environment, key.environmentVariable()), key.environmentVariable()),
                Value.of(file.getProperty(key.property()), key.property() + " in " + configFile));
        return value == null ? Optional.empty() : Optional.of(new ConfigValue(value.text(), value.source()));
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

    private static Properties load(Path file) {
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

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            String text = blankToNull(candidate);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** Like {@link #firstText} but keeps surrounding spaces, which may belong to a password. */
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
