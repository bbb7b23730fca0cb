package io.vigint.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LegacyLocationTest {
    @Test
    void aPathAndTheOriginalsSqliteUrlsNameTheFile() {
        Path here = Path.of("").toAbsolutePath();

        assertThat(LegacyLocation.parse("vigint.db").sqliteFile()).isEqualTo(here.resolve("vigint.db"));
        assertThat(LegacyLocation.parse("sqlite:///vigint.db").sqliteFile()).isEqualTo(here.resolve("vigint.db"));
        assertThat(LegacyLocation.parse("sqlite:////srv/vigint/vigint.db").sqliteFile())
                .isEqualTo(Path.of("/srv/vigint/vigint.db"));
        assertThat(LegacyLocation.parse("jdbc:sqlite:/srv/vigint.db").description())
                .isEqualTo("sqlite:/srv/vigint.db");
    }

    @Test
    void theOriginalsPostgresUrlBecomesJdbcWithItsCredentialsAsPropertiesNeverInTheDescription() {
        LegacyLocation location =
                LegacyLocation.parse("postgres://vigint:s3cr%40t@db.example:6543/vigint?sslmode=require");

        assertThat(location.isSqlite()).isFalse();
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/vigint?sslmode=require");
        assertThat(location.properties().getProperty("user")).isEqualTo("vigint");
        assertThat(location.properties().getProperty("password")).isEqualTo("s3cr@t");
        assertThat(location.description()).doesNotContain("s3cr").doesNotContain("vigint:");
        assertThat(LegacyLocation.parse("postgresql+psycopg2://u@h/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://h/db");
        assertThat(LegacyLocation.parse("jdbc:postgresql://h/db?user=u&password=pw")
                        .description())
                .isEqualTo("jdbc:postgresql://h/db?user=***&password=***");
    }

    @Test
    void otherUrlsAndNothingAreRefused() {
        for (String bad : new String[] {"mysql://h/db", "jdbc:h2:file:/x", "  "}) {
            assertThatThrownBy(() -> LegacyLocation.parse(bad))
                    .as(bad)
                    .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                            .isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        }
    }

    @Test
    void theOriginalsDatetimeTextIsUtc() {
        assertThat(LegacyTime.parse("2025-10-01 12:00:00.000000")).isEqualTo("2025-10-01T12:00:00Z");
        assertThat(LegacyTime.parse("2025-10-01 12:00:00.25")).isEqualTo("2025-10-01T12:00:00.250Z");
        assertThat(LegacyTime.parse("2025-10-01 12:00:00")).isEqualTo("2025-10-01T12:00:00Z");
        assertThat(LegacyTime.parse("2025-10-01T14:00:00+02")).isEqualTo("2025-10-01T12:00:00Z");
        assertThat(LegacyTime.parse("2025-10-01")).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(LegacyTime.parse("yesterday")).isNull();
        assertThat(LegacyTime.parse(null)).isNull();
    }
}
