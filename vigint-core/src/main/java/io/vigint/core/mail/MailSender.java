package io.vigint.core.mail;

/**
 * Sends one email through one provider (SMTP, an HTTP mail API, or the outbox folder).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MailSender {
    /**
     * Sends {@code message}, or throws.
     *
     * @throws io.vigint.core.error.VigintException {@code MAIL_FAILED} if the provider refused the
     *     message or could not be reached; {@code details} say which provider and why, without secrets
     */
    void send(MailMessage message);
}
