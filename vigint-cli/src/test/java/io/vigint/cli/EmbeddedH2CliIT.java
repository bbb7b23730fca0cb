package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.cli.CliRun.Result;
import io.vigint.persistence.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The CLI suite on the default database: embedded H2 in a fresh data directory per test. */
class EmbeddedH2CliIT extends CliIT {
    @Override
    List<String> databaseOptions() {
        return List.of("--data-dir", dataDir().toString());
    }

    @Override
    DatabaseSettings databaseSettings() {
        return DatabaseSettings.embedded(dataDir());
    }

    private Path dataDir() {
        return workingDirectory.resolve("data");
    }

    @Test
    void defaultDataDirectoryIsVigintDataInTheWorkingDirectory() {
        Result created = new CliRun(workingDirectory)
                .run(List.of("clients", "create", "--name", "Acme", "--email", "a@acme.example"));
        assertThat(created.status()).as(created.toString()).isZero();
        assertThat(workingDirectory.resolve("vigint-data")).isDirectory();
        assertThat(Files.exists(workingDirectory.resolve("vigint-data").resolve("vigint.mv.db")))
                .isTrue();
    }

    @Test
    void dataDirectoryComesFromTheEnvironmentThenTheConfigFile() throws IOException {
        Files.writeString(workingDirectory.resolve("vigint.conf"), "data_dir = from-file\n");
        CliRun fromFile = new CliRun(workingDirectory);
        assertThat(fromFile.run(List.of("clients", "create", "--name", "A", "--email", "a@a.example"))
                        .status())
                .isZero();
        assertThat(workingDirectory.resolve("from-file").resolve("vigint.mv.db"))
                .exists();

        CliRun fromEnvironment =
                new CliRun(workingDirectory, Map.of("VIGINT_DATA_DIR", "from-env"), UnaryOperator.identity());
        Result listed = fromEnvironment.run(List.of("clients", "list"));
        assertThat(listed.out()).isEqualTo("No clients." + NL);
        assertThat(workingDirectory.resolve("from-env").resolve("vigint.mv.db")).exists();
    }

    @Test
    void unknownConfigFileKeyIsAUsageErrorNamingTheKey() throws IOException {
        Files.writeString(workingDirectory.resolve("vigint.conf"), "data_dir=x\ndatabase.uri=jdbc:h2:mem:x\n");
        Result result = new CliRun(workingDirectory).run(List.of("clients", "list"));
        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err())
                .startsWith("error: unknown setting 'database.uri' in config file ")
                .hasLineCount(1);
        assertThat(workingDirectory.resolve("x")).doesNotExist();
    }
}
