package io.vigint.core.usage;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A half-open period of time [{@code from}, {@code to}): a record at {@code from} is in it, one at
 * {@code to} is not, so consecutive periods never count a record twice.
 *
 * @throws VigintException {@code INVALID_PERIOD} unless {@code from} is before {@code to}
 */
public record UsagePeriod(Instant from, Instant to) {
    public UsagePeriod {
        Checks.nonNull("from to", from, to);
        if (!from.isBefore(to)) {
            throw new VigintException(
                    CoreErrorCode.INVALID_PERIOD,
                    "The period must start before it ends (from " + from + ", to " + to + ")",
                    Map.of("from", from.toString(), "to", to.toString()));
        }
    }

    /** The earliest bound {@link #parseBound} accepts: the start of year 1 (UTC). */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest bound {@link #parseBound} accepts: the start of year 10000 (UTC). */
    public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    /**
     * A bound of a period as people write it: a day ({@code 2026-11-01}, its start in UTC) or an ISO-8601
     * instant ({@code 2026-11-01T12:00:00Z}), from {@link #EARLIEST} to {@link #LATEST} (what every
     * database stores). The HTTP API and the CLI read {@code from} and {@code to} with this.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code field} for anything else
     */
    public static Instant parseBound(String field, String text) {
        Checks.nonNull("field text", field, text);
        String value = text.strip();
        Instant bound;
        try {
            bound = value.length() == 10 ? startOf(LocalDate.parse(value)) : Instant.parse(value);
        } catch (DateTimeException e) {
            bound = null;
        }
        if (bound == null || bound.isBefore(EARLIEST) || bound.isAfter(LATEST)) {
            throw VigintException.invalid(
                    field,
                    field + " must be a day (2026-11-01) or an instant (2026-11-01T00:00:00Z) between the years 1 and"
                            + " 9999, got: " + text);
        }
        return bound;
    }

    /** From the start of day {@code from} to the start of day {@code to}, in UTC. */
    public static UsagePeriod ofDays(LocalDate from, LocalDate to) {
        return new UsagePeriod(startOf(from), startOf(to));
    }

    /** The calendar month (UTC) that contains {@code instant}. */
    public static UsagePeriod monthOf(Instant instant) {
        LocalDate first = instant.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        return ofDays(first, first.plusMonths(1));
    }

    /** Whether {@code instant} is in this period. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
