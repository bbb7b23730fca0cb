package io.vigint.core.billing;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A billing period [start, end) in UTC: an ISO week ({@code 2026-W47}, Monday to Monday), a calendar
 * month ({@code 2026-11}) or a quarter ({@code 2026-Q4}). Its kind is the {@link BillingFrequency}
 * of the clients it invoices.
 *
 * @param frequency which kind of period this is
 * @param code the period as written, for example {@code 2026-W47}
 * @param start first instant inside the period (00:00 UTC)
 * @param end first instant after the period
 */
public record BillingPeriod(BillingFrequency frequency, String code, Instant start, Instant end) {
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q(\\d)$");

    public BillingPeriod {
        Checks.nonNull("frequency code", frequency, code);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /**
     * Parses {@code 2026-W47}, {@code 2026-11} or {@code 2026-Q4}.
     *
     * @throws VigintException {@code INVALID_PERIOD} for anything else (including week 53 of a year
     *     that has 52, month 13, quarter 5)
     */
    public static BillingPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher m;
        if ((m = WEEK.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate mid = LocalDate.of(year, 6, 1);
            long weeks = mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            if (year >= 2000 && week >= 1 && week <= weeks) {
                LocalDate monday =
                        mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                return week(monday);
            }
        } else if ((m = MONTH.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (year >= 2000 && month >= 1 && month <= 12) {
                return month(LocalDate.of(year, month, 1));
            }
        } else if ((m = QUARTER.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(2));
            if (year >= 2000 && quarter >= 1 && quarter <= 4) {
                return quarter(LocalDate.of(year, quarter * 3 - 2, 1));
            }
        }
        throw new VigintException(
                CoreErrorCode.INVALID_PERIOD,
                "a billing period looks like 2026-W47 (ISO week), 2026-11 (month) or 2026-Q4 (quarter), got: " + text,
                Map.of("field", "period"));
    }

    /** The period of {@code frequency} that contains {@code instant}. */
    public static BillingPeriod containing(BillingFrequency frequency, Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return switch (frequency) {
            case WEEKLY -> week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            case MONTHLY -> month(day.withDayOfMonth(1));
            case QUARTERLY -> quarter(LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1));
        };
    }

    /** The last period of {@code frequency} that ended at or before {@code instant}. */
    public static BillingPeriod lastCompleted(BillingFrequency frequency, Instant instant) {
        return containing(frequency, containing(frequency, instant).start().minusSeconds(1));
    }

    /** Whether {@code instant} is inside [start, end). */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    @Override
    public String toString() {
        return code;
    }

    private static BillingPeriod week(LocalDate monday) {
        String code = String.format(
                "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new BillingPeriod(BillingFrequency.WEEKLY, code, utc(monday), utc(monday.plusWeeks(1)));
    }

    private static BillingPeriod month(LocalDate first) {
        String code = String.format("%04d-%02d", first.getYear(), first.getMonthValue());
        return new BillingPeriod(BillingFrequency.MONTHLY, code, utc(first), utc(first.plusMonths(1)));
    }

    private static BillingPeriod quarter(LocalDate first) {
        String code = String.format("%04d-Q%d", first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
        return new BillingPeriod(BillingFrequency.QUARTERLY, code, utc(first), utc(first.plusMonths(3)));
    }

    private static Instant utc(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
