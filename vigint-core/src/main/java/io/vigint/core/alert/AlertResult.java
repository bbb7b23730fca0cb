package io.vigint.core.alert;

import java.util.Objects;

/**
 * What became of an alert.
 *
 * @param success true when the email was sent, or had been sent already for this incident
 * @param recipient the address the alert went (or had gone) to
 * @param videoAttached true if the clip was attached to the email
 * @param videoLink the signed link to the clip when it was too large to attach, else {@code null}
 * @param deduplicated true if nothing was sent because the same incident was alerted within the window
 */
public record AlertResult(
        boolean success, String recipient, boolean videoAttached, String videoLink, boolean deduplicated) {
    public AlertResult {
        Objects.requireNonNull(recipient, "recipient");
    }
}
