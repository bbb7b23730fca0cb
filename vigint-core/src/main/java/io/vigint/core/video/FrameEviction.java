package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The budgets of the frame buffers and their fairness: which frames go when a write would take a client
 * or the server over its byte budget. Evictions run under one lock ({@link #lock}), so two writers never
 * evict for the same room.
 */
final class FrameEviction {
    /** Held while room is made and the write that needed it lands. */
    final ReentrantLock lock = new ReentrantLock();

    private final FrameBufferSettings settings;
    private final BufferCounters counters;
    private final Map<ClientId, ClientBuffers> clients;

    FrameEviction(FrameBufferSettings settings, BufferCounters counters, Map<ClientId, ClientBuffers> clients) {
        this.settings = settings;
        this.counters = counters;
        this.clients = clients;
    }

    /** Whether {@code incoming} more bytes would take the server over its global budget. */
    boolean overGlobalBudget(long incoming) {
        return counters.bytes.get() + incoming > settings.globalBudgetBytes();
    }

    /**
     * Makes room in the global budget for {@code incoming} bytes of {@code client}'s, under the eviction lock,
     * without touching another client's fresh frames: first the frames of stale sources (of any client; a source
     * is stale when nothing was written to it for longer than its long window), then the client's own oldest
     * frames, least recently written sources first; and while the budget is contended, the client keeps at
     * most its fair share (the global budget divided by the clients holding frames), so heavy writers make
     * room for others by their own uploads.
     *
     * @throws VigintException {@code BUFFER_FULL} when the other clients' fresh frames alone fill the budget;
     *     nothing of the client's is evicted then
     */
    void makeRoom(ClientBuffers client, long incoming, long nowMillis) {
        long budget = settings.globalBudgetBytes();
        if (!overGlobalBudget(incoming)) {
            return;
        }
        List<SourceBuffer> stale = new ArrayList<>();
        clients.values().forEach(c -> c.sources.values().forEach(buffer -> {
            if (nowMillis - buffer.lastWriteMillis > buffer.windows.longWindow().toMillis()) {
                stale.add(buffer);
            }
        }));
        stale.sort(Comparator.comparingLong(buffer -> buffer.lastWriteMillis));
        long staleTarget = budget - budget / 16 - incoming;
        for (SourceBuffer buffer : stale) {
            if (counters.bytes.get() <= staleTarget) {
                break;
            }
            synchronized (buffer) {
                while (!buffer.frames.isEmpty() && counters.bytes.get() > staleTarget) {
                    buffer.evictOldest();
                }
            }
        }
        if (!overGlobalBudget(incoming)) {
            return;
        }
        if (counters.bytes.get() - client.bytes.get() + incoming > budget) {
            throw new VigintException(
                    CoreErrorCode.BUFFER_FULL,
                    CoreErrorCode.BUFFER_FULL.defaultMessage(),
                    Map.of("global_budget_bytes", budget, "retry_after_seconds", 1));
        }
        long fairShare = Math.max(incoming, budget / Math.max(1, clients.size()));
        for (SourceBuffer buffer : leastRecentlyWrittenFirst(client)) {
            synchronized (buffer) {
                while (!buffer.frames.isEmpty()
                        && (overGlobalBudget(incoming) || client.bytes.get() + incoming > fairShare)) {
                    buffer.evictOldest();
                }
            }
        }
    }

    /**
     * When {@code client} holds more than its budget, evicts its oldest frames, least recently written
     * sources first, down to 15/16 of the budget, so the sorting this needs is amortised over many frames.
     */
    void enforceClientBudget(ClientBuffers client) {
        long budget = settings.clientBudgetBytes();
        if (client.bytes.get() <= budget) {
            return;
        }
        lock.lock();
        try {
            if (client.bytes.get() <= budget) {
                return;
            }
            long target = budget - budget / 16;
            for (SourceBuffer buffer : leastRecentlyWrittenFirst(client)) {
                if (client.bytes.get() <= target) {
                    return;
                }
                synchronized (buffer) {
                    while (!buffer.frames.isEmpty() && client.bytes.get() > target) {
                        buffer.evictOldest();
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static List<SourceBuffer> leastRecentlyWrittenFirst(ClientBuffers client) {
        List<SourceBuffer> order = new ArrayList<>(client.sources.values());
        order.sort(Comparator.comparingLong(buffer -> buffer.lastWriteMillis));
        return order;
    }
}
