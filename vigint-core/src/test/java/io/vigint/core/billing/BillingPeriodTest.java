package io.vigint.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BillingPeriodTest {
    @ParameterizedTest
    @CsvSource({
        "2026-W47, WEEKLY, 2026-11-16T00:00:00Z, 2026-11-23T00:00:00Z",
        "2026-W01, WEEKLY, 2025-12-29T00:00:00Z, 2026-01-05T00:00:00Z",
        "2026-W53, WEEKLY, 2026-12-28T00:00:00Z, 2027-01-04T00:00:00Z",
        "2026-11, MONTHLY, 2026-11-01T00:00:00Z, 2026-12-01T00:00:00Z",
        "2028-02, MONTHLY, 2028-02-01T00:00:00Z, 2028-03-01T00:00:00Z",
        "2026-Q4, QUARTERLY, 2026-10-01T00:00:00Z, 2027-01-01T00:00:00Z",
        "2026-q1, QUARTERLY, 2026-01-01T00:00:00Z, 2026-04-01T00:00:00Z"
    })
    void parsesWeeksMonthsAndQuartersIntoHalfOpenUtcRanges(
            String text, BillingFrequency kind, Instant start, Instant end) {
        BillingPeriod period = BillingPeriod.parse(text);

        assertThat(period.frequency()).isEqualTo(kind);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.contains(start)).isTrue();
        assertThat(period.contains(end)).isFalse();
        assertThat(BillingPeriod.parse(period.code())).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-W53",
                "2026-W00",
                "2026-W54",
                "2026-13",
                "2026-00",
                "2026-Q5",
                "2026-Q0",
                "26-11",
                "2026/11",
                "november",
                ""
            })
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> BillingPeriod.parse(text)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_PERIOD);
            assertThat(e.details()).containsEntry("field", "period");
        });
    }

    @Test
    void theLastCompletedPeriodEndsAtOrBeforeNow() {
        Instant now = Instant.parse("2026-11-27T08:00:00Z");

        assertThat(BillingPeriod.lastCompleted(BillingFrequency.WEEKLY, now).code())
                .isEqualTo("2026-W47");
        assertThat(BillingPeriod.lastCompleted(BillingFrequency.MONTHLY, now).code())
                .isEqualTo("2026-10");
        assertThat(BillingPeriod.lastCompleted(BillingFrequency.QUARTERLY, now).code())
                .isEqualTo("2026-Q3");
        assertThat(BillingPeriod.lastCompleted(BillingFrequency.MONTHLY, Instant.parse("2027-01-01T00:00:00Z"))
                        .code())
                .isEqualTo("2026-12");
        assertThat(BillingPeriod.containing(BillingFrequency.WEEKLY, Instant.parse("2027-01-03T23:59:59Z"))
                        .code())
                .isEqualTo("2026-W53");
    }
}
