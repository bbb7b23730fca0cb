package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void embeddedIsAnAutoServerH2FileInPostgresModeUnderTheAbsoluteDataDir() {
        DatabaseSettings settings = DatabaseSettings.embedded(Path.of("vigint-data"));

        String expectedFile = Path.of("vigint-data")
                .toAbsolutePath()
                .normalize()
                .resolve("vigint")
                .toString();
        assertThat(settings.url())
                .isEqualTo("jdbc:h2:file:" + expectedFile
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
        assertThat(settings.user()).isNull();
        assertThat(settings.password()).isNull();
    }

    @Test
    void postgresAndH2UrlsAreAccepted() {
        assertThat(DatabaseSettings.of("jdbc:postgresql://db:5432/vigint", "vigint", "pw")
                        .url())
                .isEqualTo("jdbc:postgresql://db:5432/vigint");
        assertThat(DatabaseSettings.of("jdbc:h2:mem:test", null, null).isH2()).isTrue();
    }

    @Test
    void otherUrlsAreRefusedWithAOneLineMessageNamingTheAcceptedForms() {
        assertThatThrownBy(() -> DatabaseSettings.of("jdbc:mysql://db/vigint?password=hunter2", "u", "p"))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.details()).containsEntry("field", "database-url");
                    assertThat(e.getMessage())
                            .contains("jdbc:mysql://db/vigint")
                            .contains("jdbc:postgresql://")
                            .contains("jdbc:h2:")
                            .doesNotContain("hunter2")
                            .doesNotContain("\n");
                });
    }

    @Test
    void aMissingUrlIsRefused() {
        assertThatThrownBy(() -> DatabaseSettings.of(" ", null, null))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> DatabaseSettings.of(null, null, null)).isInstanceOf(VigintException.class);
    }

    @Test
    void toStringShowsNeitherThePasswordNorAPasswordInTheUrl() {
        DatabaseSettings settings = DatabaseSettings.of(
                "jdbc:postgresql://db:5432/vigint?user=app&password=url-secret&ssl=true", "app", "s3cret");

        assertThat(settings.toString())
                .doesNotContain("s3cret")
                .doesNotContain("url-secret")
                .contains("jdbc:postgresql://db:5432/vigint?user=app&password=****&ssl=true")
                .contains("user=app");
    }

    @Test
    void safeUrlMasksPasswordsInQueryParametersH2SettingsAndUserInfo() {
        assertThat(DatabaseSettings.of("jdbc:postgresql://db/v?password=abc&user=x", null, null)
                        .safeUrl())
                .isEqualTo("jdbc:postgresql://db/v?password=****&user=x");
        assertThat(DatabaseSettings.of("jdbc:h2:tcp://h/~/v;USER=sa;PASSWORD=abc;MODE=PostgreSQL", null, null)
                        .safeUrl())
                .isEqualTo("jdbc:h2:tcp://h/~/v;USER=sa;PASSWORD=****;MODE=PostgreSQL");
        assertThat(DatabaseSettings.of("jdbc:postgresql://app:abc@db/v", null, null)
                        .safeUrl())
                .isEqualTo("jdbc:postgresql://app:****@db/v");
        assertThat(DatabaseSettings.of("jdbc:postgresql://db/v", null, null).safeUrl())
                .isEqualTo("jdbc:postgresql://db/v");
    }

    @Test
    void aNullPasswordIsShownAsNull() {
        assertThat(DatabaseSettings.of("jdbc:h2:mem:x", null, null).toString()).contains("password=null");
    }
}
