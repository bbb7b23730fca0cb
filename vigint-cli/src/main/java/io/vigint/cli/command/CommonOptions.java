package io.vigint.cli.command;

import io.vigint.app.config.Settings;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the subcommand's name ({@code vigint --data-dir d
 * clients list} and {@code vigint clients list --data-dir d} are the same). Settings not given here
 * come from the environment and the config file; see {@link Settings}.
 */
public final class CommonOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            description = "Config file (Java properties: data_dir, database.url, database.user, "
                    + "database.password). Default: $VIGINT_CONFIG, else ./vigint.conf if it exists.")
    private Path config;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Data directory, home of the embedded database. "
                    + "Default: $VIGINT_DATA_DIR, else data_dir from the config file, else ./vigint-data.")
    private Path dataDir;

    @Option(
            names = "--database-url",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            description = "JDBC URL: jdbc:postgresql://host:port/db or jdbc:h2:file:/path. "
                    + "Default: $VIGINT_DATABASE_URL, else database.url from the config file, else the embedded "
                    + "H2 database in the data directory. User and password come from $VIGINT_DATABASE_USER and "
                    + "$VIGINT_DATABASE_PASSWORD (or the config file), never from a flag.")
    private String databaseUrl;

    @Option(
            names = "--output",
            paramLabel = "FORMAT",
            scope = ScopeType.INHERIT,
            defaultValue = "text",
            description = "text (default) or json.")
    private OutputFormat output = OutputFormat.TEXT;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Log more (to standard error) and show stack traces of unexpected failures.")
    private boolean verbose;

    /** What the command line said about the settings. */
    public Settings.Flags flags() {
        return new Settings.Flags(config, dataDir, databaseUrl);
    }

    public OutputFormat output() {
        return output;
    }

    public boolean verbose() {
        return verbose;
    }
}
