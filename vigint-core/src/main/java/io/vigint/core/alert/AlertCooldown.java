package io.vigint.core.alert;

import io.vigint.core.util.Checks;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The quiet time after an alert email: until {@code endsAt}, further alerts of the same {@link IncidentKey}
 * are not sent, unless their risk level is higher than {@code riskLevel}. Instants are kept to the
 * microsecond, as storage keeps them.
 *
 * @param startedAt when the alert that started it was sent
 * @param endsAt when it ends (exclusive: an alert at {@code endsAt} is sent)
 * @param riskLevel the risk level of the alert that started it
 */
public record AlertCooldown(Instant startedAt, Instant endsAt, RiskLevel riskLevel) {
    public AlertCooldown {
        Checks.nonNull("startedAt endsAt riskLevel", startedAt, endsAt, riskLevel);
        startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
        endsAt = endsAt.truncatedTo(ChronoUnit.MICROS);
        if (!endsAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("a cooldown ends after it starts");
        }
    }

    /** True if it still holds at {@code now}. */
    public boolean liveAt(Instant now) {
        return endsAt.isAfter(now);
    }

    /**
     * True if {@code wanted} may replace this cooldown: this one has ended by the time {@code wanted} starts,
     * or {@code wanted} is of a higher risk level.
     */
    public boolean yieldsTo(AlertCooldown wanted) {
        return !liveAt(wanted.startedAt()) || wanted.riskLevel().compareTo(riskLevel) > 0;
    }
}
