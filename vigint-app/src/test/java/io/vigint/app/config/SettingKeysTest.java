package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.config.SettingKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every key the adapters and the app declare, as {@code vigint serve --help} lists them. */
class SettingKeysTest {
    private final List<SettingKey> keys = SettingCatalog.all();

    @Test
    void everyKeyHasItsOwnNameVariableAndAHelpLine() {
        assertThat(keys).extracting(SettingKey::property).doesNotHaveDuplicates();
        assertThat(keys).extracting(SettingKey::environmentVariable).doesNotHaveDuplicates();
        assertThat(keys).allSatisfy(key -> {
            assertThat(key.environmentVariable()).startsWith("VIGINT_");
            assertThat(key.help()).isNotBlank();
        });
    }

    @Test
    void theDefaultsAreTheAdaptersOwn() {
        assertThat(keys)
                .filteredOn(key -> key.property().equals("server.port"))
                .singleElement()
                .extracting(SettingKey::defaultValue)
                .isEqualTo(String.valueOf(io.vigint.http.HttpSettings.DEFAULT_PORT));
        assertThat(keys)
                .filteredOn(key -> key.property().equals("analysis.gemini.screening_model"))
                .singleElement()
                .extracting(SettingKey::defaultValue)
                .isEqualTo(io.vigint.gemini.GeminiSettings.DEFAULT_SCREENING_MODEL);
    }
}
