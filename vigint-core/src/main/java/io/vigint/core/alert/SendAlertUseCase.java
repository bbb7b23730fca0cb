package io.vigint.core.alert;

/** Telling a client about an incident by email, with a clip of what its camera saw. */
public interface SendAlertUseCase {
    /**
     * Queues the alert email to the client's address in the durable mail queue and returns without
     * waiting for it to be sent, unless an alert of the same client, source and incident type, of the same
     * or a higher risk level, was sent within the cooldown (then nothing is queued and the result says
     * {@code deduplicated}); either way the result says when the cooldown in force ends. The clip is made
     * from the command's source's long window, of the command's client only; with no frames the email goes
     * without video.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client does not exist
     *     or is revoked; a storage error if the email could not be queued (the cooldown it claimed is then
     *     released, so a retry is sent)
     */
    AlertResult sendAlert(AlertCommand command);
}
