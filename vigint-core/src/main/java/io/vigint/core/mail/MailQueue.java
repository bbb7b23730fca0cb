package io.vigint.core.mail;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A durable queue of outgoing email, so that a request thread never waits for a mail provider: the
 * caller {@link #enqueue}s and answers; a drainer {@link #claim}s due messages under a lease, sends them
 * and reports back with {@link #sent}, {@link #retryLater} or {@link #failed}. A message whose lease ends
 * before it is reported (its sender died or hung) is due again, so nothing is lost on a restart; the
 * attempt number of a claim fences a late report of an earlier claim.
 *
 * <p>A message is stored with everything needed to send it later: the client (whose provider is looked
 * up at send time, so no provider secret is stored), recipient, subject, bodies and at most one
 * attachment. Implementations must be thread-safe, and may be shared by several servers.
 */
public interface MailQueue {
    /**
     * Stores {@code message} for {@code clientId}, due at once; returns its id.
     *
     * @throws IllegalArgumentException if the message has more than one attachment
     */
    long enqueue(ClientId clientId, MailMessage message, Instant now);

    /**
     * Claims up to {@code limit} messages due at {@code now} (waiting ones whose next attempt has come,
     * and claimed ones whose lease ended), earliest due first, leasing each until {@code leaseUntil} and
     * counting one more attempt. A client never gets more than {@code perClientCap} messages under an
     * unexpired lease, and clients in {@code skipClients} get none (the caller's own busy clients).
     */
    List<ClaimedMail> claim(Instant now, Instant leaseUntil, int limit, int perClientCap, Set<ClientId> skipClients);

    /** Removes a sent message; false if {@code attempt} is no longer its current claim. */
    boolean sent(long id, int attempt);

    /**
     * Releases the claim and makes the message due again at {@code nextAttemptAt}, keeping {@code error}
     * (no secrets) for the operator; false if {@code attempt} is no longer its current claim.
     */
    boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error);

    /**
     * Marks the message failed for good: it is kept, never claimed again, and counted in {@link
     * MailQueueDepth#failed()}; false if {@code attempt} is no longer its current claim.
     */
    boolean failed(long id, int attempt, String error);

    /** How many messages wait, are being sent, and have failed, at {@code now}. */
    MailQueueDepth depth(Instant now);
}
