package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailSenderIT {
    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00.123Z"));

    @Test
    void eachMessageBecomesACompleteEmlFileWithItsAttachment() throws Exception {
        Path outbox = dataDir.resolve("outbox");
        OutboxMailSender sender = new OutboxMailSender(outbox, new MailFrom("vigint@localhost", "Vigint"), clock);

        sender.send(Messages.alert("security@acme.com"));

        List<Path> files = files(outbox);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).getFileName().toString()).matches("20261127T101500\\.123Z-000001-[0-9a-f]{8}\\.eml");
        MimeMessage mime = Messages.parse(Files.readAllBytes(files.get(0)));
        assertThat(mime.getSubject()).isEqualTo("Incident détecté: intrusion");
        assertThat(((InternetAddress) mime.getAllRecipients()[0]).getAddress()).isEqualTo("security@acme.com");
        assertThat(((InternetAddress) mime.getFrom()[0]).getPersonal()).isEqualTo("Vigint");
        assertThat(mime.getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-27T10:15:00Z"));
        assertThat(Messages.text(mime, "text/plain")).contains("climbed the fence");
        assertThat(Messages.text(mime, "text/html")).contains("<b>fence</b>");
        assertThat(Messages.attachment(mime, "incident.avi")).isEqualTo(Messages.CLIP);
    }

    @Test
    void namesSortInSendingOrderAndNeverCollide() throws Exception {
        Path outbox = dataDir.resolve("outbox");
        OutboxMailSender sender = new OutboxMailSender(outbox, new MailFrom("vigint@localhost", null), clock);
        for (int i = 0; i < 5; i++) {
            sender.send(new io.vigint.core.mail.MailMessage("a@b.co", "message " + i, "text", null, List.of()));
            if (i == 2) {
                clock.advance(Duration.ofMillis(1));
            }
        }

        List<Path> files = files(outbox);
        assertThat(files).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(Messages.parse(Files.readAllBytes(files.get(i))).getSubject())
                    .isEqualTo("message " + i);
        }
        try (Stream<Path> all = Files.list(outbox)) {
            assertThat(all.filter(p -> !p.toString().endsWith(".eml"))).isEmpty();
        }
    }

    @Test
    void anUnwritableOutboxIsMailFailed() throws Exception {
        Path blocked = Files.writeString(dataDir.resolve("not-a-directory"), "x");
        OutboxMailSender sender = new OutboxMailSender(blocked, new MailFrom("vigint@localhost", null), clock);

        assertThatThrownBy(() -> sender.send(Messages.alert("a@b.co")))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
                    assertThat(e.details()).containsEntry("provider", "outbox");
                });
    }

    private static List<Path> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
