package io.vigint.persistence.mailqueue;

import java.time.OffsetDateTime;

/**
 * One row of {@code mail_queue} as stored. {@link #toString()} leaves out the recipient, the bodies and the
 * attachment.
 */
public record MailQueueRow(
        Long id,
        long clientId,
        String recipient,
        String subject,
        String bodyText,
        String bodyHtml,
        String attachmentName,
        String attachmentType,
        byte[] attachment,
        String status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime leaseUntil,
        OffsetDateTime createdAt) {
    @Override
    public String toString() {
        return "MailQueueRow[id=" + id + ", clientId=" + clientId + ", status=" + status + ", attempts=" + attempts
                + "]";
    }
}
