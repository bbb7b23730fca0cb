package io.vigint.persistence;

import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded H2 database is opened with AUTO_SERVER, so a CLI can use it while a server holds it open. */
class EmbeddedDatabaseSharingIT {
    @TempDir
    Path dataDir;

    @Test
    void twoHandlesInOneProcessBothReadAndWrite() {
        DatabaseSettings settings = DatabaseSettings.embedded(dataDir);
        try (Database first = Database.open(settings);
                Database second = Database.open(settings)) {
            Client a = first.stores().clients().insert(newClient("From First"));
            Client b = second.stores().clients().insert(newClient("From Second"));

            assertThat(first.stores().clients().list()).containsExactly(a, b);
            assertThat(second.stores().clients().list()).containsExactly(a, b);
        }
    }

    @Test
    void anotherProcessWritesWhileThisOneHoldsTheDatabaseOpen() throws IOException, InterruptedException {
        try (Database server = Database.open(DatabaseSettings.embedded(dataDir))) {
            server.stores().clients().insert(newClient("Server Side"));

            Process cli = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            EmbeddedDatabaseProbe.class.getName(),
                            dataDir.toString(),
                            "Cli Side")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();

            assertThat(cli.exitValue()).as(output).isZero();
            assertThat(output).contains("stored client");
            assertThat(server.stores().clients().list())
                    .extracting(Client::name)
                    .containsExactly("Server Side", "Cli Side");
        }
    }
}
