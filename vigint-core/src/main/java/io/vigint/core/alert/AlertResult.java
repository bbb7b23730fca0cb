package io.vigint.core.alert;

import io.vigint.core.util.Checks;

/**
 * What became of an alert.
 *
 * @param success true when the email was queued, or had been queued already for this incident
 * @param recipient the address the alert goes (or went) to
 * @param videoAttached true if the clip is attached to the email
 * @param videoLink the signed link to the clip when it was too large to attach, else {@code null}
 * @param deduplicated true if nothing was queued because the same incident was alerted within the window
 * @param delivery what happened to the email: queued now, or nothing because the incident was deduplicated
 */
public record AlertResult(
        boolean success,
        String recipient,
        boolean videoAttached,
        String videoLink,
        boolean deduplicated,
        Delivery delivery) {
    /** What happened to the alert's email. */
    public enum Delivery {
        /** Stored durably in the mail queue; it is sent (and retried) in the background. */
        QUEUED,
        /** Nothing: the same incident was alerted within the deduplication window. */
        DEDUPLICATED
    }

    public AlertResult {
        Checks.nonNull("recipient delivery", recipient, delivery);
    }
}
