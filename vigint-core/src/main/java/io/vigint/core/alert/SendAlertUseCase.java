package io.vigint.core.alert;

/** Telling a client about an incident by email, with a clip of what its camera saw. */
public interface SendAlertUseCase {
    /**
     * Queues the alert email to the client's address in the durable mail queue and returns without
     * waiting for it to be sent, unless the same incident was alerted within the deduplication window
     * (then nothing is queued and the result says {@code deduplicated}). The clip is made from the
     * command's source's long window, of the command's client only; with no frames the email goes
     * without video.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client does not exist
     *     or is revoked; a storage error if the email could not be queued (a later identical alert is
     *     then not deduplicated)
     */
    AlertResult sendAlert(AlertCommand command);
}
