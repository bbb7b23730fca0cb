package io.vigint.mail;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends a client's mail through the client's own provider when it configured one (the sender is built
 * from the decrypted configuration at each send, so a change applies at once), else through the
 * server's {@link MailSender}. The client's provider connects only where the {@link OutboundPolicy}
 * allows ({@link MailSenders#forClientAccount}). A client's provider failing is not hidden by falling back to the
 * server's: the failure is the client's to see and fix. A stored secret that no longer decrypts (the
 * master key changed) is {@code MAIL_FAILED} saying so, and is not retried.
 */
public final class ProviderClientMailer implements ClientMailer {
    private final EmailConfigUseCase configs;
    private final MailSenders senders;
    private final MailSender serverSender;

    public ProviderClientMailer(EmailConfigUseCase configs, MailSenders senders, MailSender serverSender) {
        this.configs = Objects.requireNonNull(configs, "configs");
        this.senders = Objects.requireNonNull(senders, "senders");
        this.serverSender = Objects.requireNonNull(serverSender, "serverSender");
    }

    @Override
    public void send(ClientId clientId, MailMessage message) {
        Optional<EmailProviderAccount> account;
        try {
            account = configs.providerAccount(clientId);
        } catch (IllegalStateException unreadable) {
            throw MailFailures.unreadableSecret(
                    configs.emailConfig(clientId).config().provider().wireName());
        }
        MailSender sender = account.map(senders::forClientAccount).orElse(serverSender);
        sender.send(message);
    }
}
