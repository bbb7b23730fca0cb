package io.vigint.persistence.mailqueue;

import java.time.OffsetDateTime;

/** The parameters of an insert into {@code mail_queue}; MyBatis writes the generated id into {@link #id}. */
public final class MailQueueInsert {
    public Long id;
    public final long clientId;
    public final String recipient;
    public final String subject;
    public final String bodyText;
    public final String bodyHtml;
    public final String attachmentName;
    public final String attachmentType;
    public final byte[] attachment;
    public final OffsetDateTime createdAt;

    public MailQueueInsert(
            long clientId,
            String recipient,
            String subject,
            String bodyText,
            String bodyHtml,
            String attachmentName,
            String attachmentType,
            byte[] attachment,
            OffsetDateTime createdAt) {
        this.clientId = clientId;
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.attachmentName = attachmentName;
        this.attachmentType = attachmentType;
        this.attachment = attachment;
        this.createdAt = createdAt;
    }
}
