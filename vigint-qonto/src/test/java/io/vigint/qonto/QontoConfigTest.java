package io.vigint.qonto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.ConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QontoConfigTest {
    private final Map<String, String> values = new HashMap<>();
    private final String secret = "sk-" + Integer.toHexString(values.hashCode() + 0x5eed) + "-config";

    private QontoConfig resolve() {
        return QontoConfig.resolve(new ConfigReader(key -> Optional.ofNullable(values.get(key.property()))
                .map(text -> new ConfigValue(text, key.environmentVariable()))));
    }

    private void enabled() {
        values.put("billing.qonto.enabled", "true");
        values.put("billing.qonto.organization_slug", "acme-4242");
        values.put("billing.qonto.secret_key", secret);
        values.put("billing.qonto.iban", "FR76 3000 6000 0112 3456 7890 189");
    }

    @Test
    void offByDefaultWithNothingElseToSet() {
        QontoConfig config = resolve();
        assertThat(config.enabled()).isFalse();
        assertThat(config.retry().maxAttempts()).isEqualTo(10);
        assertThat(config.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(QontoConfig.KEYS)
                .allSatisfy(key -> assertThat(key.environmentVariable()).startsWith("VIGINT_QONTO_"));
    }

    @Test
    void onItNeedsTheSlugTheSecretAndTheIbanAndDefaultsToProduction() {
        enabled();
        values.put("billing.qonto.retry.attempts", "3");
        QontoSettings settings = resolve().settings().orElseThrow();
        assertThat(settings.baseUrl()).hasToString("https://thirdparty.qonto.com");
        assertThat(settings.iban()).isEqualTo("FR7630006000011234567890189");
        assertThat(settings.authorization()).isEqualTo("acme-4242:" + secret);
        assertThat(settings.toString()).doesNotContain(secret).contains("secretKey=***");
        assertThat(resolve().retry().maxAttempts()).isEqualTo(3);
    }

    @Test
    void aMissingOrMalformedSecretIsNamedButNeverEchoed() {
        enabled();
        values.remove("billing.qonto.secret_key");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_QONTO_SECRET_KEY");
        values.put("billing.qonto.secret_key", secret + " with:spaces");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_QONTO_SECRET_KEY")
                .hasMessageNotContaining(secret);
    }

    @Test
    void badValuesAreRefusedWithTheirKey() {
        enabled();
        values.put("billing.qonto.iban", "FR00 1234");
        assertThatThrownBy(this::resolve).hasMessageContaining("VIGINT_QONTO_IBAN");
        enabled();
        values.put("billing.qonto.base_url", "ftp://qonto");
        assertThatThrownBy(this::resolve).hasMessageContaining("VIGINT_QONTO_BASE_URL");
        values.remove("billing.qonto.base_url");
        values.put("billing.qonto.locale", "nl");
        assertThatThrownBy(this::resolve).hasMessageContaining("VIGINT_QONTO_LOCALE");
        values.remove("billing.qonto.locale");
        values.put("billing.qonto.retry.backoff", "10m");
        values.put("billing.qonto.retry.max_backoff", "1m");
        assertThatThrownBy(this::resolve).hasMessageContaining("billing.qonto.retry.max_backoff");
        values.remove("billing.qonto.retry.backoff");
        values.remove("billing.qonto.retry.max_backoff");
        values.put("billing.qonto.organization_slug", "has space");
        assertThatThrownBy(this::resolve).hasMessageContaining("VIGINT_QONTO_ORGANIZATION_SLUG");
    }
}
