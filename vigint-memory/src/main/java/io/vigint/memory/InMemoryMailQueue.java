package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A {@link MailQueue} in memory (thread-safe; every call is atomic), for embedding and tests. Not
 * durable: what it holds is gone with the process. As a {@link ClientDataOwner} it forgets a deleted
 * client's messages.
 */
public final class InMemoryMailQueue implements MailQueue, ClientDataOwner {
    private static final class Entry {
        final long id;
        final ClientId clientId;
        final MailMessage message;
        int attempts;
        Instant nextAttemptAt;
        Instant leaseUntil;
        boolean failed;
        String error;

        Entry(long id, ClientId clientId, MailMessage message, Instant due) {
            this.id = id;
            this.clientId = clientId;
            this.message = message;
            this.nextAttemptAt = due;
        }

        boolean leased(Instant now) {
            return !failed && leaseUntil != null && leaseUntil.isAfter(now);
        }

        boolean due(Instant now) {
            return !failed && !nextAttemptAt.isAfter(now) && !leased(now);
        }
    }

    private final Map<Long, Entry> entries = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public synchronized long enqueue(ClientId clientId, MailMessage message, Instant now) {
        Checks.nonNull("clientId message now", clientId, message, now);
        if (message.attachments().size() > 1) {
            throw new IllegalArgumentException("a queued message has at most one attachment");
        }
        long id = nextId++;
        entries.put(id, new Entry(id, clientId, message, now));
        return id;
    }

    @Override
    public synchronized List<ClaimedMail> claim(
            Instant now, Instant leaseUntil, int limit, int perClientCap, Set<ClientId> skipClients) {
        Map<ClientId, Integer> leased = new HashMap<>();
        for (Entry entry : entries.values()) {
            if (entry.leased(now)) {
                leased.merge(entry.clientId, 1, Integer::sum);
            }
        }
        List<Entry> due = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.due(now)) {
                due.add(entry);
            }
        }
        due.sort(Comparator.comparing((Entry e) -> e.nextAttemptAt).thenComparingLong(e -> e.id));
        List<ClaimedMail> claimed = new ArrayList<>();
        for (Entry entry : due) {
            if (claimed.size() >= limit) {
                break;
            }
            if (skipClients.contains(entry.clientId) || leased.getOrDefault(entry.clientId, 0) >= perClientCap) {
                continue;
            }
            entry.attempts++;
            entry.leaseUntil = leaseUntil;
            leased.merge(entry.clientId, 1, Integer::sum);
            claimed.add(new ClaimedMail(entry.id, entry.attempts, entry.clientId, entry.message));
        }
        return claimed;
    }

    @Override
    public synchronized boolean sent(long id, int attempt) {
        Entry entry = current(id, attempt);
        if (entry == null) {
            return false;
        }
        entries.remove(id);
        return true;
    }

    @Override
    public synchronized boolean retryLater(long id, int attempt, Instant nextAttemptAt, String error) {
        return endAttempt(id, attempt, error, entry -> entry.nextAttemptAt = nextAttemptAt);
    }

    @Override
    public synchronized boolean failed(long id, int attempt, String error) {
        return endAttempt(id, attempt, error, entry -> entry.failed = true);
    }

    /** Ends the lease of attempt {@code attempt} with {@code error} and {@code outcome}; false if it is not current. */
    private boolean endAttempt(long id, int attempt, String error, Consumer<Entry> outcome) {
        Entry entry = current(id, attempt);
        if (entry == null) {
            return false;
        }
        entry.leaseUntil = null;
        outcome.accept(entry);
        entry.error = error;
        return true;
    }

    @Override
    public synchronized MailQueueDepth depth(Instant now) {
        long waiting = 0;
        long inFlight = 0;
        long failed = 0;
        for (Entry entry : entries.values()) {
            if (entry.failed) {
                failed++;
            } else if (entry.leased(now)) {
                inFlight++;
            } else {
                waiting++;
            }
        }
        return new MailQueueDepth(waiting, inFlight, failed);
    }

    @Override
    public synchronized void deleteClientData(ClientId clientId) {
        entries.values().removeIf(entry -> entry.clientId.equals(clientId));
    }

    private Entry current(long id, int attempt) {
        Entry entry = entries.get(id);
        return entry == null || entry.failed || entry.attempts != attempt ? null : entry;
    }
}
