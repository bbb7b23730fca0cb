package io.vigint.billing.schedule;

import io.vigint.core.schedule.Cadence;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When {@code vigint serve} runs the invoice batch: on or off as a whole, and a {@link CadenceTime} for
 * each cadence that runs (a cadence switched {@code off} has none).
 *
 * @param enabled whether the server runs the batch at all
 * @param times the time of each cadence that runs
 */
public record InvoiceSchedule(boolean enabled, Map<Cadence, CadenceTime> times) {
    /** The text that switches one cadence off. */
    public static final String OFF = "off";

    public InvoiceSchedule {
        EnumMap<Cadence, CadenceTime> copy = new EnumMap<>(Cadence.class);
        Objects.requireNonNull(times, "times").forEach((cadence, time) -> {
            if (time.cadence() != cadence) {
                throw new IllegalArgumentException(time + " is not a " + cadence.label() + " time");
            }
            copy.put(cadence, time);
        });
        times = java.util.Collections.unmodifiableMap(copy);
    }

    /** On, weekly on Mondays 00:05 UTC, monthly and quarterly on the 1st at 00:05 UTC. */
    public static InvoiceSchedule defaults() {
        EnumMap<Cadence, CadenceTime> times = new EnumMap<>(Cadence.class);
        for (Cadence cadence : Cadence.values()) {
            times.put(cadence, CadenceTime.defaultFor(cadence));
        }
        return new InvoiceSchedule(true, times);
    }

    /** Nothing scheduled. */
    public static InvoiceSchedule disabled() {
        return new InvoiceSchedule(false, Map.of());
    }

    /**
     * The time of one cadence from its setting's text: {@code off}, or what {@link
     * CadenceTime#parse} reads.
     *
     * @throws IllegalArgumentException if the text is neither
     */
    public static Optional<CadenceTime> parseTime(Cadence cadence, String text) {
        if (text != null && text.strip().equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        return Optional.of(CadenceTime.parse(cadence, text));
    }

    /** The time of {@code cadence}, or empty if it does not run. */
    public Optional<CadenceTime> time(Cadence cadence) {
        return enabled ? Optional.ofNullable(times.get(cadence)) : Optional.empty();
    }

    /** For example {@code weekly MON 00:05, monthly 1 00:05, quarterly off}, or {@code off}. */
    public String describe() {
        if (!enabled) {
            return OFF;
        }
        StringBuilder out = new StringBuilder();
        for (Cadence cadence : Cadence.values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(cadence.label())
                    .append(' ')
                    .append(times.containsKey(cadence) ? times.get(cadence) + " UTC" : OFF);
        }
        return out.toString();
    }
}
