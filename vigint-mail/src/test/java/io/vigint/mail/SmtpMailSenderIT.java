package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.SmtpSecurity;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP sender against GreenMail, a real SMTP server on a free port. */
class SmtpMailSenderIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret-pass"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00Z"));

    static EmailProviderAccount account(String username, String password) {
        return new EmailProviderAccount(
                EmailConfig.smtp(
                        "alerts@acme.test",
                        "Acme Alerts",
                        "127.0.0.1",
                        SMTP.getSmtp().getPort(),
                        username,
                        SmtpSecurity.NONE),
                password);
    }

    @Test
    void deliversRecipientSubjectBodyAndAttachmentWithAuthentication() throws Exception {
        new SmtpMailSender(account("mailer", "s3cret-pass"), clock).send(Messages.alert("security@acme.com"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("security@acme.com");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("alerts@acme.test");
        assertThat(mail.getSubject()).isEqualTo("Incident détecté: intrusion");
        assertThat(Messages.text(mail, "text/plain")).contains("climbed the fence");
        assertThat(Messages.attachment(mail, "incident.avi")).isEqualTo(Messages.CLIP);
    }

    @Test
    void aWrongPasswordIsMailFailedWithoutTheSecret() {
        SmtpMailSender sender = new SmtpMailSender(account("mailer", "wrong-password-123"), clock);

        assertThatThrownBy(() -> sender.send(Messages.alert("security@acme.com")))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
                    assertThat(e.details()).containsEntry("provider", "smtp");
                    assertThat(e.getMessage() + e.details()).doesNotContain("wrong-password-123");
                });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableServerIsMailFailed() {
        EmailProviderAccount closed = new EmailProviderAccount(
                EmailConfig.smtp("a@acme.test", null, "127.0.0.1", 1, null, SmtpSecurity.NONE), null);

        assertThatThrownBy(() -> new SmtpMailSender(closed, clock).send(Messages.alert("a@b.co")))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.details())
                        .containsEntry("provider", "smtp")
                        .containsKey("reason"));
    }

    @Test
    void starttlsIsRequiredNotMerelyTried() {
        EmailProviderAccount starttls = new EmailProviderAccount(
                EmailConfig.smtp(
                        "a@acme.test", null, "127.0.0.1", SMTP.getSmtp().getPort(), "mailer", SmtpSecurity.STARTTLS),
                "s3cret-pass");

        assertThatThrownBy(() -> new SmtpMailSender(starttls, clock).send(Messages.alert("a@b.co")))
                .isInstanceOf(VigintException.class)
                .hasRootCauseMessage("STARTTLS is required but host does not support STARTTLS");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
