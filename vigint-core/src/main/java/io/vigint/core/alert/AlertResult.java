package io.vigint.core.alert;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * What became of an alert.
 *
 * @param success true when the email was queued, or nothing was queued because of the cooldown
 * @param recipient the address the alert goes (or went) to
 * @param videoAttached true if the clip is attached to the email
 * @param videoLink the signed link to the clip when it was too large to attach, else {@code null}
 * @param deduplicated true if nothing was queued because an alert of the same client, source and incident
 *     type, of the same or a higher risk level, was sent within the cooldown
 * @param delivery what happened to the email: queued now, or nothing because the incident was deduplicated
 * @param cooldownUntil when the cooldown in force ends (the one this alert started, or the one that
 *     suppressed it); {@code null} when cooldowns are off
 * @param cooldownRemaining how long from the alert until {@code cooldownUntil}; {@code null} with it
 */
public record AlertResult(
        boolean success,
        String recipient,
        boolean videoAttached,
        String videoLink,
        boolean deduplicated,
        Delivery delivery,
        Instant cooldownUntil,
        Duration cooldownRemaining) {
    /** What happened to the alert's email. */
    public enum Delivery {
        /** Stored durably in the mail queue; it is sent (and retried) in the background. */
        QUEUED,
        /** Nothing: an alert of the same incident was sent within the cooldown. */
        DEDUPLICATED
    }

    public AlertResult {
        Checks.nonNull("recipient delivery", recipient, delivery);
        if ((cooldownUntil == null) != (cooldownRemaining == null)) {
            throw new IllegalArgumentException("a cooldown has both its end and what remains of it, or neither");
        }
    }

    /** A result without a cooldown (cooldowns off). */
    public AlertResult(
            boolean success,
            String recipient,
            boolean videoAttached,
            String videoLink,
            boolean deduplicated,
            Delivery delivery) {
        this(success, recipient, videoAttached, videoLink, deduplicated, delivery, null, null);
    }
}
