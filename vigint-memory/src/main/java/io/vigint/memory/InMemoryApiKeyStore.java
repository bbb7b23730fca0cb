package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * API keys in memory, by id and by hash (the hash index holds the key itself), kept in step with an {@link
 * InMemoryCredentials} index, where authentication finds a key and its client in one entry.
 */
public final class InMemoryApiKeyStore implements ApiKeyStore {
    private final InMemoryTransactions tx;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();
    private final Map<KeyHash, ApiKey> byHash = new ConcurrentHashMap<>();
    private final InMemoryCredentials credentials;

    /** A store with a credential index of its own (which sees no client). */
    public InMemoryApiKeyStore(InMemoryTransactions tx) {
        this(tx, new InMemoryCredentials(tx));
    }

    /** A store that keeps {@code credentials} in step, shared with the client store over the same {@code tx}. */
    public InMemoryApiKeyStore(InMemoryTransactions tx, InMemoryCredentials credentials) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public ApiKey insert(NewApiKey draft) {
        return tx.write(() -> {
            if (byHash.containsKey(draft.hash())) {
                throw new IllegalStateException("duplicate API key hash");
            }
            ApiKey key = new ApiKey(
                    new ApiKeyId(sequence.incrementAndGet()),
                    draft.clientId(),
                    draft.name(),
                    draft.prefix(),
                    draft.hash(),
                    ApiKeyStatus.ACTIVE,
                    draft.createdAt(),
                    null,
                    draft.expiresAt(),
                    draft.legacy());
            putKey(key);
            return key;
        });
    }

    @Override
    public boolean hasLegacyKeys() {
        return keys.values().stream().anyMatch(ApiKey::legacy);
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<ApiKey> findByHash(KeyHash hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    @Override
    public List<ApiKey> listByClient(ClientId clientId) {
        return keys.values().stream()
                .filter(k -> k.clientId().equals(clientId))
                .sorted(Comparator.comparingLong(k -> k.id().value()))
                .toList();
    }

    @Override
    public List<ApiKey> listAll() {
        return keys.values().stream()
                .sorted(Comparator.<ApiKey>comparingLong(k -> k.clientId().value())
                        .thenComparingLong(k -> k.id().value()))
                .toList();
    }

    @Override
    public boolean updateStatus(ApiKeyId id, ApiKeyStatus status) {
        Objects.requireNonNull(status, "status");
        return tx.write(() -> replaceKey(id, k -> changed(k, status, k.lastUsedAt(), k.expiresAt())));
    }

    @Override
    public int updateStatusForClient(ClientId clientId, ApiKeyStatus from, ApiKeyStatus to) {
        return tx.write(() -> {
            int changed = 0;
            for (ApiKey key : listByClient(clientId)) {
                if (key.status() == from) {
                    putKey(changed(key, to, key.lastUsedAt(), key.expiresAt()));
                    changed++;
                }
            }
            return changed;
        });
    }

    @Override
    public boolean updateExpiry(ApiKeyId id, Instant expiresAt) {
        return tx.write(() -> replaceKey(id, k -> changed(k, k.status(), k.lastUsedAt(), expiresAt)));
    }

    @Override
    public void recordUse(ApiKeyId id, Instant usedAt) {
        tx.write(() -> replaceKey(
                id,
                k -> k.lastUsedAt() != null && !k.lastUsedAt().isBefore(usedAt)
                        ? k
                        : changed(k, k.status(), usedAt, k.expiresAt())));
    }

    @Override
    public int deleteByClient(ClientId clientId) {
        return tx.write(() -> {
            List<ApiKey> owned = listByClient(clientId);
            for (ApiKey key : owned) {
                tx.remove(keys, key.id());
                tx.remove(byHash, key.hash());
                credentials.keyRemoved(key);
            }
            return owned.size();
        });
    }

    private boolean replaceKey(ApiKeyId id, UnaryOperator<ApiKey> change) {
        ApiKey old = keys.get(id);
        if (old == null) {
            return false;
        }
        ApiKey updated = change.apply(old);
        if (updated != old) {
            putKey(updated);
        }
        return true;
    }

    private void putKey(ApiKey key) {
        tx.put(keys, key.id(), key);
        tx.put(byHash, key.hash(), key);
        credentials.keyStored(key);
    }

    /** {@code k} with its mutable fields replaced. */
    private static ApiKey changed(ApiKey k, ApiKeyStatus status, Instant lastUsedAt, Instant expiresAt) {
        return new ApiKey(
                k.id(),
                k.clientId(),
                k.name(),
                k.prefix(),
                k.hash(),
                status,
                k.createdAt(),
                lastUsedAt,
                expiresAt,
                k.legacy());
    }
}
