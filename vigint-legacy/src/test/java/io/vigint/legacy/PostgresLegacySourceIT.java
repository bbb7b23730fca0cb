package io.vigint.legacy;

import static io.vigint.legacy.SqliteLegacySourceIT.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.legacy.LegacySource;
import io.vigint.core.testing.OriginalDeployment;
import io.vigint.legacy.testing.OriginalSchema;
import io.vigint.legacy.testing.ScratchPostgres;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The original's PostgreSQL database (native enum types, timestamps) read through {@link JdbcLegacySources}. */
class PostgresLegacySourceIT {
    private ScratchPostgres database;
    private final JdbcLegacySources sources = new JdbcLegacySources();

    @BeforeEach
    void createDatabase() throws Exception {
        database = ScratchPostgres.create();
        OriginalSchema.writePostgres(database.url(), new Properties(), OriginalDeployment.shops());
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void readsEveryTableOfTheOriginalAsItStoresThem() {
        try (LegacySource source = sources.open(database.url())) {
            LegacySourceChecks.readsTheShops(source);
        }
    }

    @Test
    void theOriginalsOwnDatabaseUrlWorksAsIs() {
        try (LegacySource source = sources.open("postgresql://postgres@127.0.0.1:5432/" + database.name())) {
            assertThat(source.description()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + database.name());
            assertThat(source.clients()).hasSize(2);
        }
    }

    @Test
    void anUnreachableServerIsRefusedInOneLine() {
        assertRefused(
                () -> sources.open("postgresql://postgres@127.0.0.1:1/vigint"),
                CoreErrorCode.LEGACY_SOURCE_UNAVAILABLE,
                "Cannot open the original Vigint database jdbc:postgresql://127.0.0.1:1/vigint");
    }
}
