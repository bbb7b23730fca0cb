package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reading the {@code .eml} files {@code vigint serve} writes to its outbox: recipients and attachments. */
final class OutboxMail {
    private OutboxMail() {}

    static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            message.getContent();
            return message;
        }
    }

    static List<String> recipients(MimeMessage mail) throws Exception {
        Address[] to = mail.getRecipients(Message.RecipientType.TO);
        List<String> result = new ArrayList<>();
        for (Address address : to == null ? new Address[0] : to) {
            result.add(((InternetAddress) address).getAddress());
        }
        return result;
    }

    static List<Part> attachments(MimeMessage mail) throws Exception {
        List<Part> attachments = new ArrayList<>();
        if (mail.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                    attachments.add(part);
                }
            }
        }
        return attachments;
    }

    /** The bytes of the message's one attachment; fails if it has none or several. */
    static byte[] onlyAttachment(MimeMessage mail) throws Exception {
        List<Part> attachments = attachments(mail);
        assertThat(attachments).hasSize(1);
        try (InputStream in = attachments.get(0).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
