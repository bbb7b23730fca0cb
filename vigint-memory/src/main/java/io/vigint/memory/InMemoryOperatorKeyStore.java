package io.vigint.memory;

import io.vigint.core.key.KeyHash;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.operator.OperatorKey;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.operator.OperatorKeyStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Operator keys in memory. */
public final class InMemoryOperatorKeyStore implements OperatorKeyStore {
    private final InMemoryTransactions tx;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<OperatorKeyId, OperatorKey> keys = new ConcurrentHashMap<>();

    public InMemoryOperatorKeyStore(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public OperatorKey insertOperatorKey(NewOperatorKey draft) {
        return tx.write(() -> {
            if (keys.values().stream().anyMatch(k -> k.hash().equals(draft.hash()))) {
                throw new IllegalStateException("duplicate operator key hash");
            }
            OperatorKeyId id = new OperatorKeyId(sequence.incrementAndGet());
            OperatorKey key = new OperatorKey(
                    id, draft.name(), draft.prefix(), draft.hash(), true, draft.createdAt(), null, draft.legacy());
            tx.put(keys, id, key);
            return key;
        });
    }

    @Override
    public Optional<OperatorKey> findOperatorKey(OperatorKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash) {
        return keys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public boolean hasLegacyOperatorKeys() {
        return keys.values().stream().anyMatch(OperatorKey::legacy);
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return keys.values().stream()
                .sorted(Comparator.comparingLong(k -> k.id().value()))
                .toList();
    }

    @Override
    public boolean updateOperatorKeyActive(OperatorKeyId id, boolean active) {
        return tx.write(() -> {
            OperatorKey k = keys.get(id);
            if (k == null) {
                return false;
            }
            tx.put(keys, id, changed(k, active, k.lastUsedAt()));
            return true;
        });
    }

    @Override
    public void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt) {
        tx.change(() -> {
            OperatorKey k = keys.get(id);
            if (k != null && (k.lastUsedAt() == null || k.lastUsedAt().isBefore(usedAt))) {
                tx.put(keys, id, changed(k, k.active(), usedAt));
            }
        });
    }

    private static OperatorKey changed(OperatorKey k, boolean active, Instant lastUsedAt) {
        return new OperatorKey(k.id(), k.name(), k.prefix(), k.hash(), active, k.createdAt(), lastUsedAt, k.legacy());
    }
}
