package io.vigint.billing.schedule;

import io.vigint.core.schedule.Cadence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When one cadence's batch runs, in UTC: a day and a time of day. Written as text:
 *
 * <ul>
 *   <li>weekly: {@code DAY HH:MM}, the day as {@code MON} … {@code SUN} (or in full), e.g. {@code MON
 *       00:05};
 *   <li>monthly: {@code D HH:MM}, the day of the month from 1 to 28, e.g. {@code 1 00:05};
 *   <li>quarterly: {@code D HH:MM}, the day of the first month of each quarter (January, April, July,
 *       October) from 1 to 28.
 * </ul>
 *
 * @param cadence which batch
 * @param weekday the day of the week (weekly only, else null)
 * @param dayOfMonth the day of the month (monthly and quarterly, else 0)
 * @param time the time of day, UTC, to the minute
 */
public record CadenceTime(Cadence cadence, DayOfWeek weekday, int dayOfMonth, LocalTime time) {
    private static final Pattern FORMAT = Pattern.compile("^([A-Za-z]+|\\d{1,2})\\s+(\\d{1,2}:\\d{2})$");

    public CadenceTime {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(time, "time");
        if (cadence == Cadence.WEEKLY ? weekday == null || dayOfMonth != 0 : weekday != null) {
            throw new IllegalArgumentException("a weekly time names a weekday, the others a day of the month");
        }
        if (cadence != Cadence.WEEKLY && (dayOfMonth < 1 || dayOfMonth > 28)) {
            throw new IllegalArgumentException("the day of the month is from 1 to 28: " + dayOfMonth);
        }
        time = time.withSecond(0).withNano(0);
    }

    /** The default: Mondays 00:05 for weekly, the 1st at 00:05 for monthly and quarterly. */
    public static CadenceTime defaultFor(Cadence cadence) {
        LocalTime fivepast = LocalTime.of(0, 5);
        return cadence == Cadence.WEEKLY
                ? new CadenceTime(cadence, DayOfWeek.MONDAY, 0, fivepast)
                : new CadenceTime(cadence, null, 1, fivepast);
    }

    /**
     * Parses {@code MON 00:05} (weekly) or {@code 1 00:05} (monthly, quarterly).
     *
     * @throws IllegalArgumentException with {@link #expected(Cadence)} in its message
     */
    public static CadenceTime parse(Cadence cadence, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(expected(cadence));
        }
        LocalTime time;
        try {
            String hhmm = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
            time = LocalTime.parse(hhmm);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(expected(cadence));
        }
        String day = m.group(1);
        if (cadence == Cadence.WEEKLY) {
            return new CadenceTime(cadence, weekday(day, cadence), 0, time);
        }
        if (!day.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(expected(cadence));
        }
        int dayOfMonth = Integer.parseInt(day);
        if (dayOfMonth < 1 || dayOfMonth > 28) {
            throw new IllegalArgumentException(expected(cadence));
        }
        return new CadenceTime(cadence, null, dayOfMonth, time);
    }

    /** What the text for {@code cadence} looks like, for error messages. */
    public static String expected(Cadence cadence) {
        return switch (cadence) {
            case WEEKLY -> "a weekday and a UTC time such as MON 00:05, or off";
            case MONTHLY -> "a day of the month (1-28) and a UTC time such as 1 00:05, or off";
            case QUARTERLY -> "a day (1-28) of the quarter's first month and a UTC time such as 1 00:05, or off";
        };
    }

    private static DayOfWeek weekday(String text, Cadence cadence) {
        String upper = text.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException(expected(cadence));
    }

    /** The first run strictly after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        ZonedDateTime after = instant.atZone(ZoneOffset.UTC);
        LocalDate day = after.toLocalDate();
        ZonedDateTime candidate =
                switch (cadence) {
                    case WEEKLY ->
                        day.with(TemporalAdjusters.previousOrSame(weekday))
                                .atTime(time)
                                .atZone(ZoneOffset.UTC);
                    case MONTHLY -> day.withDayOfMonth(dayOfMonth).atTime(time).atZone(ZoneOffset.UTC);
                    case QUARTERLY ->
                        day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1)
                                .withDayOfMonth(dayOfMonth)
                                .atTime(time)
                                .atZone(ZoneOffset.UTC);
                };
        while (!candidate.isAfter(after)) {
            candidate = switch (cadence) {
                case WEEKLY -> candidate.plusWeeks(1);
                case MONTHLY -> candidate.plusMonths(1);
                case QUARTERLY -> candidate.plusMonths(3);
            };
        }
        return candidate.toInstant();
    }

    /** The text form, e.g. {@code MON 00:05} or {@code 1 00:05}. */
    @Override
    public String toString() {
        String day = cadence == Cadence.WEEKLY
                ? weekday.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT)
                : Integer.toString(dayOfMonth);
        return day + " " + time;
    }
}
