package io.vigint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
    private static final SettingKey PORT = new SettingKey("server.port", "VIGINT_PORT", "5002", "TCP port");
    private static final SettingKey OPEN = new SettingKey("server.open", "VIGINT_OPEN", "false", "Open");
    private static final SettingKey WAIT = new SettingKey("server.wait", "VIGINT_WAIT", "30s", "Wait");

    private static ConfigReader reader(Map<String, String> set) {
        return new ConfigReader(key -> Optional.ofNullable(set.get(key.environmentVariable()))
                .map(text -> new ConfigValue(text, key.environmentVariable())));
    }

    @Test
    void aKeyTheSourceDoesNotSetHasItsDefaultAndSaysSo() {
        ConfigReader values = reader(Map.of());

        assertThat(values.number(PORT, 0, 65_535)).isEqualTo(5002);
        assertThat(values.bool(OPEN)).isFalse();
        assertThat(values.duration(WAIT, Duration.ofSeconds(1), Duration.ofHours(1)))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(values.value(PORT)).isEqualTo(new ConfigValue("5002", "the default of server.port"));
        assertThat(new ConfigReader(ConfigSource.defaults()).text(PORT)).isEqualTo("5002");
    }

    @Test
    void aSetValueWinsAndIsParsed() {
        ConfigReader values = reader(Map.of("VIGINT_PORT", " 8080 ", "VIGINT_OPEN", "yes", "VIGINT_WAIT", "5m"));

        assertThat(values.number(PORT, 0, 65_535)).isEqualTo(8080);
        assertThat(values.bool(OPEN)).isTrue();
        assertThat(values.duration(WAIT, Duration.ofSeconds(1), Duration.ofHours(1)))
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBadValueIsOneLineNamingTheValueItsOriginAndWhatIsExpected() {
        ConfigReader values = reader(Map.of("VIGINT_PORT", "70000", "VIGINT_OPEN", "maybe", "VIGINT_WAIT", "2h"));

        assertThatThrownBy(() -> values.number(PORT, 0, 65_535))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid value '70000' for VIGINT_PORT: expected a whole number from 0 to 65535");
        assertThatThrownBy(() -> values.bool(OPEN))
                .hasMessage("invalid value 'maybe' for VIGINT_OPEN: expected true or false");
        assertThatThrownBy(() -> values.duration(WAIT, Duration.ofSeconds(1), Duration.ofHours(1)))
                .hasMessage("invalid value '2h' for VIGINT_WAIT: expected a duration from 1s to 1h");
    }
}
