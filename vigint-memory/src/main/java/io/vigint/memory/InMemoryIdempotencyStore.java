package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.core.port.ClientDataOwner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Idempotency records in memory, per client and key. */
public final class InMemoryIdempotencyStore implements IdempotencyStore, ClientDataOwner {
    private record Key(ClientId clientId, String key) {}

    private final InMemoryTransactions tx;
    private final Map<Key, IdempotencyRecord> records = new ConcurrentHashMap<>();

    public InMemoryIdempotencyStore(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        return tx.write(() -> {
            Key id = new Key(clientId, key);
            IdempotencyRecord existing = records.get(id);
            if (existing != null && !existing.createdAt().isBefore(expiredBefore)) {
                return Optional.of(existing);
            }
            tx.put(records, id, new IdempotencyRecord(clientId, key, fingerprint, now, null));
            return Optional.empty();
        });
    }

    @Override
    public void complete(ClientId clientId, String key, StoredResponse response) {
        tx.change(() -> {
            Key id = new Key(clientId, key);
            IdempotencyRecord r = records.get(id);
            if (r != null) {
                tx.put(
                        records,
                        id,
                        new IdempotencyRecord(r.clientId(), r.key(), r.fingerprint(), r.createdAt(), response));
            }
        });
    }

    @Override
    public void release(ClientId clientId, String key) {
        tx.change(() -> {
            Key id = new Key(clientId, key);
            IdempotencyRecord r = records.get(id);
            if (r != null && !r.completed()) {
                tx.remove(records, id);
            }
        });
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return tx.write(() -> removeWhere(e -> e.getValue().createdAt().isBefore(cutoff)));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        tx.change(() -> removeWhere(e -> e.getKey().clientId().equals(clientId)));
    }

    private int removeWhere(Predicate<Map.Entry<Key, IdempotencyRecord>> condition) {
        int removed = 0;
        for (Map.Entry<Key, IdempotencyRecord> e : List.copyOf(records.entrySet())) {
            if (condition.test(e)) {
                tx.remove(records, e.getKey());
                removed++;
            }
        }
        return removed;
    }
}
