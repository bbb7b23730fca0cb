package io.vigint.core.usage;

import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * A half-open period of time [{@code from}, {@code to}): a record at {@code from} is in it, one at
 * {@code to} is not, so consecutive periods never count a record twice.
 *
 * @throws VigintException {@code INVALID_PERIOD} unless {@code from} is before {@code to}
 */
public record UsagePeriod(Instant from, Instant to) {
    public UsagePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new VigintException(
                    ErrorCode.INVALID_PERIOD,
                    "The period must start before it ends (from " + from + ", to " + to + ")",
                    Map.of("from", from.toString(), "to", to.toString()));
        }
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
