package io.vigint.persistence;

import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOpenIT {
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @TempDir
    Path tempDir;

    @Test
    void anUnreachablePostgresFailsFastWithStorageUnavailableAndAOneLineMessageWithoutPasswords() {
        DatabaseSettings settings = DatabaseSettings.of(
                "jdbc:postgresql://127.0.0.1:1/vigint?user=vigint&password=url-secret-1", "vigint", "s3cret-2");
        long started = System.nanoTime();

        assertThatThrownBy(() -> Database.open(settings)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE);
            assertThat(e.getMessage())
                    .startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/vigint?user=vigint&password=****: ")
                    .doesNotContain("url-secret-1")
                    .doesNotContain("s3cret-2")
                    .doesNotContain("\n")
                    .doesNotContain("\r");
            assertThat(e.getCause()).isNotNull();
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theH2DataDirectoryIsCreatedWhenMissing() {
        Path dataDir = tempDir.resolve("not/there/yet");

        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            assertThat(database.stores().clients().list()).isEmpty();
        }

        assertThat(dataDir.resolve("vigint.mv.db")).isRegularFile();
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNoMigrationTwice() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(tempDir);
        Client stored;
        try (Database first = Database.open(settings)) {
            stored = first.stores().clients().insert(newClient("Kept"));
        }

        try (Database second = Database.open(settings)) {
            assertThat(second.stores().clients().findById(stored.id())).contains(stored);
            try (Connection connection = second.dataSource().getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery(
                            "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '001'")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void aDatabaseFlywayCannotMigrateIsStorageUnavailableNamingMigration() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.embedded(tempDir);
        try (Connection connection = DriverManager.getConnection(settings.url());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE clients (id INT)");
        }

        assertThatThrownBy(() -> Database.open(settings)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE);
            assertThat(e.getMessage()).startsWith("cannot migrate the database at " + settings.safeUrl() + ": ");
            assertThat(e.getMessage()).doesNotContain("\n");
        });
    }

    @Test
    void aDatabaseThatGoesAwayIsReportedAsStorageUnavailable() throws Exception {
        int port = freePort();
        Server server = Server.createTcpServer(
                        "-tcpPort", Integer.toString(port), "-baseDir", tempDir.toString(), "-ifNotExists")
                .start();
        try (Database database = Database.open(
                DatabaseSettings.of("jdbc:h2:tcp://127.0.0.1:" + port + "/./remote" + H2_OPTIONS, null, null))) {
            database.stores().clients().insert(newClient("Before"));

            server.stop();

            long started = System.nanoTime();
            assertThatThrownBy(() -> database.stores().clients().list())
                    .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                            .isEqualTo(CoreErrorCode.STORAGE_UNAVAILABLE));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        } finally {
            server.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
