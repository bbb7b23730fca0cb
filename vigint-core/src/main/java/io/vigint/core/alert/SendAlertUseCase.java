package io.vigint.core.alert;

/** Telling a client about an incident by email, with a clip of what its camera saw. */
public interface SendAlertUseCase {
    /**
     * Sends the alert to the client's email address, unless the same incident was alerted within the
     * deduplication window (then nothing is sent and the result says {@code deduplicated}). The clip is
     * made from the command's source's long window, of the command's client only; with no frames the
     * email is sent without video.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client does not exist
     *     or is revoked; {@code MAIL_FAILED} if every attempt to send failed (a later identical alert is
     *     then not deduplicated)
     */
    AlertResult sendAlert(AlertCommand command);
}
