package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.core.money.Money;
import io.vigint.core.usage.Price;
import io.vigint.core.usage.PriceList;
import io.vigint.http.metering.MeteringConfig;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteringConfigTest {
    @TempDir
    Path cwd;

    private MeteringConfig resolve(Map<String, String> env) {
        return Settings.resolve(Settings.Flags.none(), env, cwd).metering();
    }

    @Test
    void byDefaultAnalyzeCosts5CentsInEuroAndBatchesHoldAThousand() {
        MeteringConfig config = resolve(Map.of());

        assertThat(config.prices()).isEqualTo(PriceList.defaults());
        assertThat(config.prices().costOf("/api/video/analyze", 200, Duration.ofSeconds(3)))
                .isEqualTo(Money.of("0.05", "EUR"));
        assertThat(config.sink().batchSize()).isEqualTo(1000);
        assertThat(config.sink().maxWait()).isZero();
        assertThat(config.sink().queueCapacity()).isEqualTo(10_000);
    }

    @Test
    void theConfigFilePricesEndpointsOneByOneOnTopOfTheList() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "pricing.currency=usd\n"
                        + "pricing.endpoint./api/alert=0.01\n"
                        + "pricing.endpoint./api/video/analyze=0.04+0.002/s\n"
                        + "metering.batch_size=250\nmetering.max_wait_ms=2\n");

        MeteringConfig config = resolve(Map.of());

        assertThat(config.prices().currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(config.prices().prices())
                .containsOnly(
                        Map.entry("/api/alert", Price.perCall("0.01")),
                        Map.entry("/api/video/analyze", new Price(new BigDecimal("0.04"), new BigDecimal("0.002"))),
                        // the default list's other entry, untouched by the file
                        Map.entry("/api/video/multi-source/analyze", Price.perCall("0.05")));
        assertThat(config.prices().costOf("/api/video/analyze", 200, Duration.ofMillis(1500)))
                .isEqualTo(Money.of("0.043", "USD"));
        assertThat(config.sink().batchSize()).isEqualTo(250);
        assertThat(config.sink().maxWait()).isEqualTo(Duration.ofMillis(2));
    }

    @Test
    void theEnvironmentReplacesTheList() {
        MeteringConfig config = resolve(Map.of("VIGINT_PRICING_PRICES", "/api/health=0.001, /api/alert=0.02"));

        assertThat(config.prices().prices())
                .containsOnly(
                        Map.entry("/api/health", Price.perCall("0.001")),
                        Map.entry("/api/alert", Price.perCall("0.02")));
    }

    @Test
    void badPricesAreRefusedNamingWhereTheyCameFrom() throws IOException {
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_PRICING_PRICES", "/api/x=-1")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invalid value '/api/x=-1' for VIGINT_PRICING_PRICES");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_PRICING_PRICES", "/api/x=0.0000001")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at most 6 decimals");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_PRICING_CURRENCY", "euros")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ISO 4217");
        Files.writeString(cwd.resolve("vigint.conf"), "pricing.endpoint.api/x=0.01\n");
        assertThatThrownBy(() -> resolve(Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("pricing.endpoint.api/x in " + cwd.resolve("vigint.conf"))
                .hasMessageContaining("an endpoint path");
    }

    @Test
    void frameIngestCannotBePricedBecauseItIsCountedPerMinuteAndFree() {
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_PRICING_PRICES", "/api/video/buffer=0.001")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("invalid value '/api/video/buffer=0.001' for VIGINT_PRICING_PRICES")
                .hasMessageContaining("not frame ingest");
    }

    @Test
    void otherUnknownKeysInTheFileAreStillRefused() throws IOException {
        Files.writeString(cwd.resolve("vigint.conf"), "pricing.endpoint./api/x=0.01\npricing.endpoints=1\n");

        assertThatThrownBy(() -> Settings.resolve(Settings.Flags.none(), Map.of(), cwd))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown setting 'pricing.endpoints'");
    }
}
