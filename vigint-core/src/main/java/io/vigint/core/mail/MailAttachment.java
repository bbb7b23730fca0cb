package io.vigint.core.mail;

import io.vigint.core.util.Checks;

/**
 * A file attached to a {@link MailMessage}.
 *
 * @param filename the name the recipient sees, e.g. {@code incident.avi}
 * @param contentType its media type, e.g. {@code video/x-msvideo}
 * @param content the bytes (not copied: treat them as immutable)
 */
public record MailAttachment(String filename, String contentType, byte[] content) {
    public MailAttachment {
        Checks.nonNull("filename contentType content", filename, contentType, content);
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
