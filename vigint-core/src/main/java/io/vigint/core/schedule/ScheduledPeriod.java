package io.vigint.core.schedule;

import io.vigint.core.util.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A billing period the scheduler hands to the batch: [{@code start}, {@code end}) in UTC days.
 *
 * @param cadence weekly, monthly or quarterly
 * @param start the first day of the period (a Monday, or the first of a month or quarter)
 * @param end the day after the last one (exclusive)
 */
public record ScheduledPeriod(Cadence cadence, LocalDate start, LocalDate end) {
    public ScheduledPeriod {
        Checks.nonNull("cadence start end", cadence, start, end);
        if (!end.equals(endOf(cadence, start)) || !start.equals(startContaining(cadence, start))) {
            throw new IllegalArgumentException("not a whole " + cadence.label() + " period: " + start + " to " + end);
        }
    }

    /** The period of {@code cadence} that contains {@code day}. */
    public static ScheduledPeriod containing(Cadence cadence, LocalDate day) {
        LocalDate start = startContaining(cadence, day);
        return new ScheduledPeriod(cadence, start, endOf(cadence, start));
    }

    /**
     * The last whole period of {@code cadence} that ended at or before {@code instant} (UTC): on Monday
     * 2026-11-23 00:05 the weekly one is 2026-W47 (2026-11-16 to 2026-11-23), the monthly one 2026-10.
     */
    public static ScheduledPeriod endedBy(Cadence cadence, Instant instant) {
        LocalDate today = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return containing(cadence, startContaining(cadence, today).minusDays(1));
    }

    /** The label the batch and the CLI use: {@code 2026-W47}, {@code 2026-11} or {@code 2026-Q4}. */
    public String label() {
        return switch (cadence) {
            case WEEKLY ->
                String.format(
                        "%04d-W%02d",
                        start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTHLY -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY -> String.format("%04d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
        };
    }

    /** The first instant of the period. */
    public Instant startInstant() {
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant endInstant() {
        return end.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public String toString() {
        return label() + " [" + start + ", " + end + ")";
    }

    private static LocalDate startContaining(Cadence cadence, LocalDate day) {
        return switch (cadence) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
        };
    }

    private static LocalDate endOf(Cadence cadence, LocalDate start) {
        return switch (cadence) {
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
            case QUARTERLY -> start.plusMonths(3);
        };
    }
}
