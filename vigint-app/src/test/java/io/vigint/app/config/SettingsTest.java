package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.persistence.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    private static final String PG_FLAG = "jdbc:postgresql://flag.example:5432/vigint";
    private static final String PG_ENV = "jdbc:postgresql://env.example:5432/vigint";
    private static final String PG_FILE = "jdbc:postgresql://file.example:5432/vigint";

    @TempDir
    Path cwd;

    @Test
    void withNothingConfiguredTheEmbeddedDatabaseLivesInVigintDataUnderTheWorkingDirectory() {
        Settings settings = Settings.resolve(Settings.Flags.none(), Map.of(), cwd);

        assertThat(settings.configFile()).isNull();
        assertThat(settings.dataDir()).isEqualTo(cwd.resolve("vigint-data"));
        assertThat(settings.database()).isEqualTo(DatabaseSettings.embedded(cwd.resolve("vigint-data")));
    }

    @Test
    void flagBeatsEnvironmentBeatsConfigFileBeatsDefault() throws IOException {
        writeConfig("data_dir=file-data\ndatabase.url=" + PG_FILE + "\n");
        Map<String, String> env = Map.of("VIGINT_DATA_DIR", "env-data", "VIGINT_DATABASE_URL", PG_ENV);

        Settings flags = Settings.resolve(new Settings.Flags(null, Path.of("flag-data"), PG_FLAG), env, cwd);
        assertThat(flags.dataDir()).isEqualTo(cwd.resolve("flag-data"));
        assertThat(flags.database().url()).isEqualTo(PG_FLAG);

        Settings environment = Settings.resolve(Settings.Flags.none(), env, cwd);
        assertThat(environment.dataDir()).isEqualTo(cwd.resolve("env-data"));
        assertThat(environment.database().url()).isEqualTo(PG_ENV);

        Settings file = Settings.resolve(Settings.Flags.none(), Map.of(), cwd);
        assertThat(file.configFile()).isEqualTo(cwd.resolve("vigint.conf"));
        assertThat(file.dataDir()).isEqualTo(cwd.resolve("file-data"));
        assertThat(file.database().url()).isEqualTo(PG_FILE);
    }

    @Test
    void emptyEnvironmentVariablesCountAsUnset() {
        Settings settings =
                Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_DATA_DIR", "", "VIGINT_DATABASE_URL", " "), cwd);

        assertThat(settings.dataDir()).isEqualTo(cwd.resolve("vigint-data"));
        assertThat(settings.database().isH2()).isTrue();
    }

    @Test
    void userAndPasswordComeFromTheEnvironmentBeforeTheConfigFile() throws IOException {
        writeConfig("database.url=" + PG_FILE + "\ndatabase.user=file-user\ndatabase.password=file-secret\n");

        Settings fromFile = Settings.resolve(Settings.Flags.none(), Map.of(), cwd);
        assertThat(fromFile.database().user()).isEqualTo("file-user");
        assertThat(fromFile.database().password()).isEqualTo("file-secret");

        Settings fromEnv = Settings.resolve(
                Settings.Flags.none(),
                Map.of("VIGINT_DATABASE_USER", "env-user", "VIGINT_DATABASE_PASSWORD", " env secret "),
                cwd);
        assertThat(fromEnv.database().user()).isEqualTo("env-user");
        assertThat(fromEnv.database().password()).isEqualTo(" env secret ");
        assertThat(fromEnv.toString()).doesNotContain("env secret");
    }

    @Test
    void configFlagBeatsVigintConfigBeatsTheImplicitFile() throws IOException {
        writeConfig("data_dir=implicit\n");
        Files.writeString(cwd.resolve("env.conf"), "data_dir=from-env-config\n");
        Files.writeString(cwd.resolve("flag.conf"), "data_dir=from-flag-config\n");
        Map<String, String> env = Map.of("VIGINT_CONFIG", "env.conf");

        assertThat(Settings.resolve(new Settings.Flags(Path.of("flag.conf"), null, null), env, cwd)
                        .dataDir())
                .isEqualTo(cwd.resolve("from-flag-config"));
        assertThat(Settings.resolve(Settings.Flags.none(), env, cwd).dataDir())
                .isEqualTo(cwd.resolve("from-env-config"));
        assertThat(Settings.resolve(Settings.Flags.none(), Map.of(), cwd).dataDir())
                .isEqualTo(cwd.resolve("implicit"));
    }

    @Test
    void absoluteDataDirectoryIsKept() {
        Path elsewhere = cwd.resolve("elsewhere").toAbsolutePath();

        Settings settings = Settings.resolve(new Settings.Flags(null, elsewhere, null), Map.of(), Path.of("/"));

        assertThat(settings.dataDir()).isEqualTo(elsewhere);
    }

    @Test
    void unknownConfigKeyIsRejectedByName() throws IOException {
        writeConfig("data_dir=x\ndatabase.passwort=typo\n");

        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of(), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(
                        "unknown setting 'database.passwort' in config file " + cwd.resolve("vigint.conf"))
                .hasMessageContaining("known settings: data_dir, database.url, database.user, database.password");
    }

    @Test
    void namedConfigFileMustExist() {
        assertThatThrownBy(
                        () -> Settings.resolve(new Settings.Flags(Path.of("missing.conf"), null, null), Map.of(), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("config file from --config not found: " + cwd.resolve("missing.conf"));
        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_CONFIG", "gone.conf"), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("config file from VIGINT_CONFIG not found: " + cwd.resolve("gone.conf"));
    }

    @Test
    void malformedDatabaseUrlNamesWhereItCameFrom() throws IOException {
        assertThatThrownBy(() -> Settings.resolve(new Settings.Flags(null, null, "mysql://x"), Map.of(), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith(
                        "invalid database URL from --database-url: Unsupported database URL 'mysql://x'");
        assertThatThrownBy(() ->
                        Settings.resolve(Settings.Flags.none(), Map.of("VIGINT_DATABASE_URL", "jdbc:mysql://x"), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invalid database URL from VIGINT_DATABASE_URL: ");
        writeConfig("database.url=oracle:x\n");
        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of(), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invalid database URL from database.url in " + cwd.resolve("vigint.conf"));
    }

    private void writeConfig(String text) throws IOException {
        Files.writeString(cwd.resolve("vigint.conf"), text);
    }
}
