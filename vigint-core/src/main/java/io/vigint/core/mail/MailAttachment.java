package io.vigint.core.mail;

import java.util.Objects;

/**
 * A file attached to a {@link MailMessage}.
 *
 * @param filename the name the recipient sees, e.g. {@code incident.avi}
 * @param contentType its media type, e.g. {@code video/x-msvideo}
 * @param content the bytes (not copied: treat them as immutable)
 */
public record MailAttachment(String filename, String contentType, byte[] content) {
    public MailAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public String toString() {
        return "MailAttachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
