package io.vigint.legacy;

import static io.vigint.core.testing.OriginalDeployment.SHOP_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.legacy.LegacySource;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.legacy.testing.OriginalSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The original's SQLite {@code vigint.db} read through {@link JdbcLegacySources}. */
class SqliteLegacySourceIT {
    @TempDir
    Path dir;

    private final JdbcLegacySources sources = new JdbcLegacySources();

    @Test
    void readsEveryTableOfTheOriginalAsItStoresThem() throws Exception {
        Path db = dir.resolve("vigint.db");
        OriginalSchema.writeSqlite(db, OriginalDeployment.shops());

        try (LegacySource source = sources.open(db.toString())) {
            LegacySourceChecks.readsTheShops(source);
        }
        try (LegacySource source = sources.open("sqlite:///" + db)) {
            assertThat(source.description()).isEqualTo("sqlite:" + db);
            assertThat(source.apiKeys()).hasSize(3);
        }
    }

    @Test
    void aMissingFileIsRefusedAndNotCreated() {
        Path missing = dir.resolve("nowhere.db");

        assertRefused(() -> sources.open(missing.toString()), CoreErrorCode.LEGACY_SOURCE_UNAVAILABLE, "no such file");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.db"), "this is not a database, just some text\n".repeat(50));

        assertRefused(() -> sources.open(text.toString()), CoreErrorCode.LEGACY_SOURCE_UNAVAILABLE, "not a database");
    }

    @Test
    void aDatabaseWithoutTheOriginalsTablesIsRefused() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, email TEXT, created_at TEXT)");
            s.execute("CREATE TABLE api_keys (id INTEGER PRIMARY KEY, client_id INTEGER, key_hash CHAR(64), name TEXT,"
                    + " status TEXT, created_at TEXT)");
        }

        assertRefused(
                () -> sources.open(other.toString()),
                CoreErrorCode.NOT_A_LEGACY_DATABASE,
                "its table api_keys has no column is_active");
        Path empty = dir.resolve("empty.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + empty);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unrelated (id INTEGER)");
        }
        assertRefused(() -> sources.open(empty.toString()), CoreErrorCode.NOT_A_LEGACY_DATABASE, "no table clients");
    }

    @Test
    void anOriginalThatNeverMeteredNorBilledReadsAsEmpty() throws Exception {
        Path db = dir.resolve("vigint.db");
        OriginalSchema.writeSqlite(db, OriginalDeployment.shops());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE api_usage");
            s.execute("DROP TABLE payment_details");
        }

        try (LegacySource source = sources.open(db.toString())) {
            assertThat(source.clients()).hasSize(2);
            assertThat(source.paymentDetails()).isEmpty();
            assertThat(source.countUsage(1, 0)).isZero();
            assertThat(source.usage(1, 0, 10)).isEmpty();
            assertThat(source.lastUsage(1)).isEmpty();
        }
    }

    @Test
    void theFileIsOpenedReadOnly() throws Exception {
        Path db = dir.resolve("vigint.db");
        OriginalSchema.writeSqlite(db, OriginalDeployment.shops());
        long size = Files.size(db);
        Instant modified = Files.getLastModifiedTime(db).toInstant();

        try (LegacySource source = sources.open(db.toString())) {
            assertThat(source.apiKeys()).extracting(k -> k.keyHash()).contains(OriginalDeployment.hash(SHOP_KEY));
        }

        assertThat(Files.size(db)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(db).toInstant()).isEqualTo(modified);
        assertThat(dir.resolve("vigint.db-journal")).doesNotExist();
    }

    static void assertRefused(ThrowingCallable open, CoreErrorCode code, String message) {
        assertThatThrownBy(open).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message).doesNotContain("\n");
        });
    }
}
