package io.vigint.core.contract;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link MailQueue} over another (the in-memory queue in tests) that counts what it is asked to queue, can be told
 * to fail the next enqueues ({@code STORAGE_UNAVAILABLE}), and hands out what was queued.
 */
public final class RecordingMailQueue implements MailQueue {
    private static final Instant FAR = Instant.parse("2999-01-01T00:00:00Z");

    private final MailQueue queue;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger enqueues = new AtomicInteger();
    private final List<ClaimedMail> taken = new ArrayList<>();

    public RecordingMailQueue(MailQueue queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    /** Makes the next {@code count} enqueues fail with {@code STORAGE_UNAVAILABLE}. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** How many enqueues were attempted, failed ones included. */
    public int enqueues() {
        return enqueues.get();
    }

    /** Everything queued so far, in order (taken out of the queue under a lease that never ends). */
    public synchronized List<ClaimedMail> queued() {
        taken.addAll(queue.claim(FAR, FAR.plus(Duration.ofDays(365)), Integer.MAX_VALUE, Integer.MAX_VALUE, Set.of()));
        return List.copyOf(taken);
    }

    @Override
    public long enqueue(ClientId clientId, MailMessage message, Instant now) {
        enqueues.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new VigintException(CoreErrorCode.STORAGE_UNAVAILABLE);
        }
        return queue.enqueue(clientId, message, now);
    }

    @Override
    public List<ClaimedMail> claim(
            Instant now, Instant leaseUntil, int limit, int perClientCap, Set<ClientId> skipClients) {
        return queue.claim(now, leaseUntil, limit, perClientCap, skipClients);
    }

    @Override
    public boolean sent(long id, int attempt) {
        return queue.sent(id, attempt);
    }

    @Override
    public boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error) {
        return queue.retryLater(id, attempt, nextAttemptAt, error);
    }

    @Override
    public boolean failed(long id, int attempt, String error) {
        return queue.failed(id, attempt, error);
    }

    @Override
    public MailQueueDepth depth(Instant now) {
        return queue.depth(now);
    }
}
