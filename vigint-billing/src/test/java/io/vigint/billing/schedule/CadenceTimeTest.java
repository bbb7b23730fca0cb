package io.vigint.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.schedule.Cadence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CadenceTimeTest {
    @Test
    void parsesWeekdaysShortOrLongInAnyCaseAndOneDigitHours() {
        assertThat(CadenceTime.parse(Cadence.WEEKLY, "MON 00:05"))
                .isEqualTo(new CadenceTime(Cadence.WEEKLY, DayOfWeek.MONDAY, 0, LocalTime.of(0, 5)));
        assertThat(CadenceTime.parse(Cadence.WEEKLY, " friday  7:30 ").toString())
                .isEqualTo("FRI 07:30");
        assertThat(CadenceTime.parse(Cadence.MONTHLY, "1 00:05").toString()).isEqualTo("1 00:05");
        assertThat(CadenceTime.parse(Cadence.QUARTERLY, "15 23:59").dayOfMonth())
                .isEqualTo(15);
    }

    @Test
    void refusesWhatItCannotReadWithTheExpectedFormInTheMessage() {
        for (String bad : new String[] {"", "MON", "MON 24:00", "MON 0:5", "XYZ 00:05", "1 00:05"}) {
            assertThatThrownBy(() -> CadenceTime.parse(Cadence.WEEKLY, bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("such as MON 00:05");
        }
        for (String bad : new String[] {"0 00:05", "29 00:05", "31 00:05", "MON 00:05", "1 25:00"}) {
            assertThatThrownBy(() -> CadenceTime.parse(Cadence.MONTHLY, bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 00:05");
        }
        assertThatThrownBy(() -> CadenceTime.parse(Cadence.WEEKLY, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNextRunIsStrictlyAfterTheGivenInstant() {
        CadenceTime monday = CadenceTime.defaultFor(Cadence.WEEKLY);

        assertThat(monday.nextAfter(Instant.parse("2026-11-23T00:04:59Z")))
                .isEqualTo(Instant.parse("2026-11-23T00:05:00Z"));
        assertThat(monday.nextAfter(Instant.parse("2026-11-23T00:05:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T00:05:00Z"));
    }

    @Test
    void monthlyAndQuarterlyRunsFallOnTheirDay() {
        CadenceTime monthly = CadenceTime.defaultFor(Cadence.MONTHLY);
        CadenceTime quarterly = CadenceTime.parse(Cadence.QUARTERLY, "3 01:00");

        assertThat(monthly.nextAfter(Instant.parse("2026-12-31T23:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-01T00:05:00Z"));
        assertThat(quarterly.nextAfter(Instant.parse("2026-11-18T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-01-03T01:00:00Z"));
        assertThat(quarterly.nextAfter(Instant.parse("2026-10-02T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-03T01:00:00Z"));
    }

    @Test
    void offSwitchesACadenceOffAndTheScheduleDescribesItself() {
        assertThat(InvoiceSchedule.parseTime(Cadence.QUARTERLY, "OFF")).isEmpty();
        assertThat(InvoiceSchedule.defaults().describe())
                .isEqualTo("weekly MON 00:05 UTC, monthly 1 00:05 UTC, quarterly 1 00:05 UTC");
        assertThat(InvoiceSchedule.disabled().describe()).isEqualTo("off");
    }
}
