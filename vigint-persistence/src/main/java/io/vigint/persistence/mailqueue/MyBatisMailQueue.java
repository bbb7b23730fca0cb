package io.vigint.persistence.mailqueue;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.persistence.NewRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link MailQueue} over the {@code mail_queue} table. A claim reads the due rows (at most the cap of each
 * client, by a window function) and leases each with an UPDATE conditional on the attempts it read, so
 * that of several servers claiming the same row exactly one gets it; the per-client cap counts the leases
 * of every server, and may be passed by one when two servers claim for the same client at the same
 * instant. Works unchanged on PostgreSQL and H2. The schema deletes a client's rows with the client
 * ({@code ON DELETE CASCADE}).
 */
public record MyBatisMailQueue(MailQueueMapper mapper) implements MailQueue {
    /** Longest error text kept (the column's width). */
    private static final int MAX_ERROR = 500;

    @Override
    public long enqueue(ClientId clientId, MailMessage message, Instant now) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(message, "message");
        if (message.attachments().size() > 1) {
            throw new IllegalArgumentException("a queued message has at most one attachment");
        }
        MailAttachment attachment =
                message.attachments().isEmpty() ? null : message.attachments().get(0);
        NewRow<MailQueueRow> insert = new NewRow<>(new MailQueueRow(
                null,
                clientId.value(),
                message.to(),
                message.subject(),
                message.text(),
                message.html(),
                attachment == null ? null : attachment.filename(),
                attachment == null ? null : attachment.contentType(),
                attachment == null ? null : attachment.content(),
                "queued",
                0,
                stored(now),
                null,
                stored(now)));
        call(() -> mapper.insert(insert));
        return insert.getId();
    }

    @Override
    public List<ClaimedMail> claim(
            Instant now, Instant leaseUntil, int limit, int perClientCap, Set<ClientId> skipClients) {
        if (limit <= 0 || perClientCap <= 0) {
            return List.of();
        }
        OffsetDateTime at = stored(now);
        OffsetDateTime until = stored(leaseUntil);
        return call(() -> {
            Map<Long, Long> leased = new HashMap<>();
            long leasedInAll = 0;
            for (ClientCount count : mapper.leasedPerClient(at)) {
                leased.put(count.clientId(), count.count());
                leasedInAll += count.count();
            }
            int candidates = (int) Math.min(Integer.MAX_VALUE, limit + leasedInAll);
            List<ClaimedMail> claimed = new ArrayList<>();
            for (DueMail due : mapper.due(at, perClientCap, candidates)) {
                if (claimed.size() >= limit) {
                    break;
                }
                if (skipClients.contains(new ClientId(due.clientId()))
                        || leased.getOrDefault(due.clientId(), 0L) >= perClientCap) {
                    continue;
                }
                if (mapper.claim(due.id(), due.attempts(), at, until) != 1) {
                    continue;
                }
                leased.merge(due.clientId(), 1L, Long::sum);
                MailQueueRow row = mapper.find(due.id());
                if (row != null) {
                    claimed.add(
                            new ClaimedMail(row.id(), due.attempts() + 1, new ClientId(row.clientId()), message(row)));
                }
            }
            return claimed;
        });
    }

    @Override
    public boolean sent(long id, int attempt) {
        return call(() -> mapper.deleteClaimed(id, attempt) == 1);
    }

    @Override
    public boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error) {
        return call(() -> mapper.retryLater(id, attempt, stored(nextAttemptAt), clip(error)) == 1);
    }

    @Override
    public boolean failed(long id, int attempt, String error) {
        return call(() -> mapper.fail(id, attempt, clip(error)) == 1);
    }

    @Override
    public MailQueueDepth depth(Instant now) {
        OffsetDateTime at = stored(now);
        return call(() -> mapper.depth(at));
    }

    private static MailMessage message(MailQueueRow row) {
        List<MailAttachment> attachments = row.attachmentName() == null
                ? List.of()
                : List.of(new MailAttachment(
                        row.attachmentName(),
                        row.attachmentType(),
                        row.attachment() == null ? new byte[0] : row.attachment()));
        return new MailMessage(row.recipient(), row.subject(), row.bodyText(), row.bodyHtml(), attachments);
    }

    private static String clip(String error) {
        if (error == null || error.length() <= MAX_ERROR) {
            return error;
        }
        return error.substring(0, MAX_ERROR);
    }
}
