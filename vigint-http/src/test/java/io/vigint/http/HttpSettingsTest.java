package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {
    @Test
    void defaultsAreSafeOnALaptop() {
        HttpSettings settings = HttpSettings.defaults();

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(5002);
        assertThat(settings.maxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.allowQueryApiKey()).isFalse();
        assertThat(settings.openSignUp()).isFalse();
        assertThat(settings.authCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.authCacheMaxEntries()).isEqualTo(100_000);
    }

    @Test
    void withersChangeOneSettingEach() {
        HttpSettings changed = HttpSettings.defaults()
                .withHost("0.0.0.0")
                .withPort(0)
                .withMaxBodyBytes(10)
                .withAllowQueryApiKey(true)
                .withOpenSignUp(true)
                .withAuthCache(Duration.ofSeconds(5), 10);

        assertThat(changed).isEqualTo(new HttpSettings("0.0.0.0", 0, 10, true, true, Duration.ofSeconds(5), 10));
    }

    @Test
    void impossibleValuesAreRefused() {
        HttpSettings d = HttpSettings.defaults();
        assertThatThrownBy(() -> d.withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxBodyBytes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withHost(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withAuthCache(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withAuthCache(Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
