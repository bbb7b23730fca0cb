package io.vigint.mail;

import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Test messages and a reader for MIME. */
final class Messages {
    /** Bytes that are not text, so a broken encoding shows. */
    static final byte[] CLIP = new byte[3000];

    static {
        for (int i = 0; i < CLIP.length; i++) {
            CLIP[i] = (byte) (i * 31 + 7);
        }
    }

    private Messages() {}

    static MailMessage alert(String to) {
        return new MailMessage(
                to,
                "Incident détecté: intrusion",
                "A person climbed the fence at 10:15.",
                "<p>A person climbed the <b>fence</b>.</p>",
                List.of(new MailAttachment("incident.avi", "video/x-msvideo", CLIP)));
    }

    static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    /** The first attachment's content, or null. */
    static byte[] attachment(Part part, String filename) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                byte[] found = attachment(multipart.getBodyPart(i), filename);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && filename.equals(part.getFileName())) {
            try (InputStream in = part.getInputStream()) {
                return in.readAllBytes();
            }
        }
        return null;
    }

    /** The text of the first part of {@code type}, or null. */
    static String text(Part part, String type) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = text(child, type);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (part.isMimeType(type) && part.getDisposition() == null) {
            Object content = part.getContent();
            return content instanceof String s
                    ? s
                    : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8);
        }
        return null;
    }
}
