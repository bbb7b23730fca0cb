package io.vigint.core.mail;

import io.vigint.core.util.Checks;
import java.util.List;

/**
 * An email to send: one recipient, a subject, a plain-text body, an optional HTML body and
 * attachments. The sender address is the mail adapter's to choose (its configuration, or the
 * client's own provider configuration).
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, or {@code null} for text only
 * @param attachments files to attach, possibly none
 */
public record MailMessage(String to, String subject, String text, String html, List<MailAttachment> attachments) {
    public MailMessage {
        Checks.nonNull("to subject text", to, subject, text);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    /** The total size of the attachments in bytes. */
    public long attachmentBytes() {
        long total = 0;
        for (MailAttachment attachment : attachments) {
            total += attachment.content().length;
        }
        return total;
    }
}
