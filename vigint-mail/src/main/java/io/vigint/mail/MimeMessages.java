package io.vigint.mail;

import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * Builds the MIME form of a {@link MailMessage}: {@code multipart/mixed} with the body (plain text, or
 * {@code multipart/alternative} of text and HTML) followed by the attachments, Base64-encoded.
 */
final class MimeMessages {
    private static final Session NO_TRANSPORT = Session.getInstance(new Properties());

    private MimeMessages() {}

    static MimeMessage build(Session session, MailFrom from, MailMessage message, Instant sentAt)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(address(from));
        mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.to(), true));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(sentAt));
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (message.html() == null) {
            body.setText(message.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            body.setContent(alternative);
        }
        mixed.addBodyPart(body);
        for (MailAttachment attachment : message.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(attachment.filename());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    /** The complete message as bytes (RFC 5322), as the outbox stores it and SES receives it. */
    static byte[] bytes(MailFrom from, MailMessage message, Instant sentAt) throws MessagingException, IOException {
        MimeMessage mime = build(NO_TRANSPORT, from, message, sentAt);
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(8192 + (int) Math.min(message.attachmentBytes() * 4 / 3, 1 << 30));
        mime.writeTo(out);
        return out.toByteArray();
    }

    static InternetAddress address(MailFrom from) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(from.address(), from.name(), StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is not supported", e);
        }
    }
}
