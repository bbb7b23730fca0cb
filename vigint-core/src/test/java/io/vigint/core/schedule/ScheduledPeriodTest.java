package io.vigint.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduledPeriodTest {
    private static final Instant MONDAY_0005 = Instant.parse("2026-11-23T00:05:00Z");

    @Test
    void onMondayMorningTheWeeklyPeriodIsTheIsoWeekThatJustEnded() {
        ScheduledPeriod period = ScheduledPeriod.endedBy(Cadence.WEEKLY, MONDAY_0005);

        assertThat(period.label()).isEqualTo("2026-W47");
        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(period.end()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(period.endInstant()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void exactlyAtTheBoundaryThePeriodThatEndsThereHasEnded() {
        assertThat(ScheduledPeriod.endedBy(Cadence.WEEKLY, Instant.parse("2026-11-23T00:00:00Z"))
                        .label())
                .isEqualTo("2026-W47");
        assertThat(ScheduledPeriod.endedBy(Cadence.WEEKLY, Instant.parse("2026-11-22T23:59:59Z"))
                        .label())
                .isEqualTo("2026-W46");
    }

    @Test
    void monthlyAndQuarterlyPeriodsEndOnTheFirst() {
        Instant firstOfJanuary = Instant.parse("2027-01-01T00:05:00Z");

        ScheduledPeriod month = ScheduledPeriod.endedBy(Cadence.MONTHLY, firstOfJanuary);
        ScheduledPeriod quarter = ScheduledPeriod.endedBy(Cadence.QUARTERLY, firstOfJanuary);

        assertThat(month.label()).isEqualTo("2026-12");
        assertThat(month.start()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(quarter.label()).isEqualTo("2026-Q4");
        assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.end()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aWeekAcrossNewYearTakesItsIsoWeekBasedYear() {
        ScheduledPeriod period = ScheduledPeriod.containing(Cadence.WEEKLY, LocalDate.of(2027, 1, 1));

        assertThat(period.start()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(period.label()).isEqualTo("2026-W53");
    }

    @Test
    void aPeriodThatIsNotWholeIsRefused() {
        assertThatThrownBy(() ->
                        new ScheduledPeriod(Cadence.MONTHLY, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ScheduledPeriod(Cadence.WEEKLY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
