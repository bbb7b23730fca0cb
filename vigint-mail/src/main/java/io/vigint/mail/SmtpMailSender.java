package io.vigint.mail;

import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import io.vigint.core.mail.SmtpSecurity;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends through an SMTP server with Angus Mail (Jakarta Mail): STARTTLS (required, not merely tried),
 * TLS from the start ({@code ssl}) or plain; with the account's user name and password when it has
 * one. The server's certificate and host name are checked. Connect, read and write time out after
 * {@link #TIMEOUT}. For a client's SMTP server the connection goes through a {@link GuardedSocketFactory}
 * (the {@link OutboundPolicy} checks the address connected to); a refusal is {@code MAIL_FAILED} with
 * reason {@code OutboundAddressRefused}, which is not retried.
 */
public final class SmtpMailSender implements MailSender {
    /** How long a connection, read or write may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Session session;
    private final MailFrom from;
    private final String username;
    private final String password;
    private final Clock clock;

    /** A sender for the operator's own SMTP server, which is trusted and connected to unchecked. */
    public SmtpMailSender(EmailProviderAccount account, Clock clock) {
        this(account, clock, null);
    }

    /**
     * A sender whose connections go only where {@code policy} allows ({@code null}: unchecked, for the
     * operator's own server).
     */
    public SmtpMailSender(EmailProviderAccount account, Clock clock, OutboundPolicy policy) {
        Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.from = MailFrom.of(account.config());
        this.username = account.config().username();
        this.password = account.secret();
        SmtpSecurity security = account.config().security();
        String protocol = security == SmtpSecurity.SSL ? "smtps" : "smtp";
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put("mail.transport.protocol", protocol);
        properties.put(prefix + "host", account.config().host());
        properties.put(prefix + "port", String.valueOf(account.config().port()));
        properties.put(prefix + "auth", String.valueOf(username != null));
        properties.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put(prefix + "timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.put(prefix + "writetimeout", String.valueOf(TIMEOUT.toMillis()));
        if (security == SmtpSecurity.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (security != SmtpSecurity.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        if (policy != null) {
            // an object, not a class name: Angus Mail uses it for the plain socket (TLS is layered on
            // it); without fallback a refused connection is not retried with the default factory
            properties.put(prefix + "socketFactory", new GuardedSocketFactory(policy));
            properties.put(prefix + "socketFactory.fallback", "false");
        }
        this.session = Session.getInstance(properties);
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = MimeMessages.build(session, from, message, clock.instant());
            try (Transport transport = session.getTransport()) {
                if (username != null) {
                    transport.connect(username, password);
                } else {
                    transport.connect();
                }
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        } catch (MessagingException | RuntimeException e) {
            if (OutboundRefusedException.in(e) != null) {
                throw MailFailures.refused("smtp");
            }
            throw MailFailures.failed("smtp", e);
        }
    }

    @Override
    public String toString() {
        return "SmtpMailSender[" + session.getProperty("mail.transport.protocol") + "]";
    }
}
