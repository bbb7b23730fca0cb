package io.vigint.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceListTest {
    private final PriceList prices = new PriceList(
            Money.EUR,
            Map.of(
                    "/api/video/analyze",
                    Price.perCall("0.05"),
                    "/api/alert",
                    new Price(new BigDecimal("0.01"), new BigDecimal("0.002"))));

    @Test
    void aSuccessfulCallCostsItsBasePlusItsProcessingTimeRoundedToSixDecimals() {
        assertThat(prices.costOf("/api/video/analyze", 200, Duration.ofSeconds(9)))
                .isEqualTo(Money.of("0.05", "EUR"));
        assertThat(prices.costOf("/api/alert", 201, Duration.ofMillis(1500)).amount())
                .isEqualByComparingTo("0.013");
        // 0.002 x 0.0000015 s = 0.000000003, rounded half-up to 6 decimals: nothing
        assertThat(prices.costOf("/api/alert", 200, Duration.ofNanos(1500)).amount())
                .isEqualByComparingTo("0.01");
        assertThat(prices.costOf("/api/alert", 200, Duration.ofNanos(1500))
                        .amount()
                        .scale())
                .isEqualTo(6);
    }

    @Test
    void aCallOfSeveralUnitsCostsItsBaseTimesTheUnitsPlusItsProcessingTimeOnce() {
        assertThat(prices.costOf("/api/video/analyze", 200, Duration.ofSeconds(9), 3))
                .isEqualTo(Money.of("0.15", "EUR"));
        // 2 x 0.01 + 0.002 x 1.5 s
        assertThat(prices.costOf("/api/alert", 200, Duration.ofMillis(1500), 2).amount())
                .isEqualByComparingTo("0.023");
        assertThat(prices.costOf("/api/alert", 200, Duration.ofMillis(1500), 0).isZero())
                .as("nothing done, nothing charged")
                .isTrue();
        assertThat(prices.costOf("/api/video/analyze", 422, Duration.ZERO, 3).isZero())
                .isTrue();
        assertThatThrownBy(() -> prices.costOf("/api/alert", 200, Duration.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedCallsAndUnlistedEndpointsAreFree() {
        assertThat(prices.costOf("/api/video/analyze", 400, Duration.ZERO).isZero())
                .isTrue();
        assertThat(prices.costOf("/api/video/analyze", 503, Duration.ZERO).isZero())
                .isTrue();
        assertThat(prices.costOf("/api/health", 200, Duration.ofSeconds(1)).isZero())
                .isTrue();
    }

    @Test
    void callsUnderApiAreMeteredAndNothingElse() {
        assertThat(PriceList.isMetered("/api/health")).isTrue();
        assertThat(PriceList.isMetered("/api/v1/usage")).isTrue();
        assertThat(PriceList.isMetered("/auth/token")).isFalse();
        assertThat(PriceList.isMetered("/admin/v1/clients")).isFalse();
        assertThat(PriceList.isMetered("/apix")).isFalse();
    }

    @Test
    void theDefaultIsTheSeedsPriceForAnalysisInEuro() {
        assertThat(PriceList.defaults().costOf(PriceList.ANALYZE_ENDPOINT, 200, Duration.ofSeconds(5)))
                .isEqualTo(Money.of("0.05", "EUR"));
        // a multi-source analysis: each source analysed is one analysis at the same price
        assertThat(PriceList.defaults().costOf(PriceList.MULTI_SOURCE_ANALYZE_ENDPOINT, 200, Duration.ofSeconds(5), 2))
                .isEqualTo(Money.of("0.10", "EUR"));
        assertThat(PriceList.defaults().prices()).hasSize(2);
    }

    @Test
    void cursorsSurviveTheirTextFormAndGarbageIsAValidationError() {
        UsageCursor record = new UsageCursor.AfterRecord(Instant.parse("2026-11-02T10:00:00.123456Z"), 42);
        UsageCursor group = new UsageCursor.AfterGroup("/api/v1/keys/{id}");

        assertThat(UsageCursor.parse(record.token())).isEqualTo(record);
        assertThat(UsageCursor.parse(group.token())).isEqualTo(group);
        assertThat(record.token()).matches("[A-Za-z0-9_-]+");
        for (String garbage : new String[] {"", "%%%", "cjpub3Q", "eDp5"}) {
            assertThatThrownBy(() -> UsageCursor.parse(garbage))
                    .as(garbage)
                    .isInstanceOfSatisfying(VigintException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                        assertThat(e.details()).containsEntry("field", "cursor");
                    });
        }
    }

    @Test
    void recordsRefuseWhatStorageCannotHold() {
        Instant now = Instant.parse("2026-11-02T10:00:00Z");
        assertThatThrownBy(() -> new UsageRecord(
                        null,
                        new io.vigint.core.client.ClientId(1),
                        "/x",
                        "GET",
                        200,
                        Money.of("0.0000001", "EUR"),
                        now,
                        "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageRecord(
                        null, new io.vigint.core.client.ClientId(1), "/x", "GET", 200, Money.of("-1", "EUR"), now, "r"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UsageRecord(
                        null, new io.vigint.core.client.ClientId(1), "", "GET", 200, Money.of("0", "EUR"), now, "r"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
