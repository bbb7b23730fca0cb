package io.vigint.core.memory;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.NewClient;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginStore;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.operator.OperatorKey;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Clients, keys, logins, operator keys, settings, pending email changes and transactions in memory. Reads are lock-free; writes are serialised by one lock,
 * and a transaction holds that lock throughout and undoes its writes if it throws. Readers on other
 * threads may see a transaction's writes before it ends (read-uncommitted), which the core tolerates.
 */
public final class InMemoryStorage
        implements ClientStore,
                ApiKeyStore,
                TransactionRunner,
                LoginStore,
                OperatorKeyStore,
                ClientSettingsStore,
                IdempotencyStore,
                EmailChangeStore,
                ClientDataOwner {
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    private final AtomicLong clientSequence = new AtomicLong();
    private final AtomicLong keySequence = new AtomicLong();
    private final Map<ClientId, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, ClientId> clientNames = new ConcurrentHashMap<>();
    private final Map<String, ClientId> clientEmails = new ConcurrentHashMap<>();
    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();
    private final Map<KeyHash, ApiKey> keysByHash = new ConcurrentHashMap<>();
    private final Map<ClientId, LoginCredential> logins = new ConcurrentHashMap<>();
    private final Map<String, ClientId> loginNames = new ConcurrentHashMap<>();
    private final AtomicLong operatorSequence = new AtomicLong();
    private final Map<OperatorKeyId, OperatorKey> operatorKeys = new ConcurrentHashMap<>();
    private final Map<ClientId, ClientSettings> settings = new ConcurrentHashMap<>();
    private final Map<IdempotencyKey, IdempotencyRecord> idempotency = new ConcurrentHashMap<>();

    private final Map<ClientId, PendingEmailChange> emailChanges = new ConcurrentHashMap<>();
    private final Map<KeyHash, PendingEmailChange> emailChangesByToken = new ConcurrentHashMap<>();

    private record IdempotencyKey(ClientId clientId, String key) {}

    // ---- transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        writeLock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo.forEach(Runnable::run);
            throw e;
        } finally {
            undoLog.remove();
            writeLock.unlock();
        }
    }

    /** Runs one write under the lock (re-entrant, so inside a transaction it is already held). */
    private <T> T write(Supplier<T> change) {
        writeLock.lock();
        try {
            return change.get();
        } finally {
            writeLock.unlock();
        }
    }

    private void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }

    private <K, V> void put(Map<K, V> map, K key, V value) {
        V previous = map.put(key, value);
        onRollback(() -> {
            if (previous == null) {
                map.remove(key);
            } else {
                map.put(key, previous);
            }
        });
    }

    private <K, V> void remove(Map<K, V> map, K key) {
        V previous = map.remove(key);
        if (previous != null) {
            onRollback(() -> map.put(key, previous));
        }
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    // ---- clients

    @Override
    public Client insert(NewClient draft) {
        return write(() -> {
            checkUnique(null, draft.name(), draft.email());
            ClientId id = new ClientId(clientSequence.incrementAndGet());
            Client client = new Client(
                    id, draft.name(), draft.email(), draft.description(), true, draft.createdAt(), draft.createdAt());
            put(clients, id, client);
            put(clientNames, fold(client.name()), id);
            put(clientEmails, fold(client.email()), id);
            return client;
        });
    }

    private void checkUnique(ClientId self, String name, String email) {
        ClientId byName = clientNames.get(fold(name));
        if (byName != null && !byName.equals(self)) {
            throw new VigintException(
                    CoreErrorCode.DUPLICATE_CLIENT_NAME,
                    "A client named '" + name + "' already exists",
                    Map.of("field", "name"));
        }
        ClientId byEmail = clientEmails.get(fold(email));
        if (byEmail != null && !byEmail.equals(self)) {
            throw new VigintException(
                    CoreErrorCode.DUPLICATE_CLIENT_EMAIL,
                    "A client with email '" + email + "' already exists",
                    Map.of("field", "email"));
        }
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public List<Client> list() {
        return clients.values().stream()
                .sorted(Comparator.comparingLong(c -> c.id().value()))
                .toList();
    }

    @Override
    public boolean update(Client client) {
        return write(() -> {
            Client old = clients.get(client.id());
            if (old == null) {
                return false;
            }
            checkUnique(client.id(), client.name(), client.email());
            Client stored = new Client(
                    old.id(),
                    client.name(),
                    client.email(),
                    client.description(),
                    client.active(),
                    old.createdAt(),
                    client.updatedAt());
            remove(clientNames, fold(old.name()));
            remove(clientEmails, fold(old.email()));
            put(clients, stored.id(), stored);
            put(clientNames, fold(stored.name()), stored.id());
            put(clientEmails, fold(stored.email()), stored.id());
            return true;
        });
    }

    @Override
    public boolean delete(ClientId id) {
        return write(() -> {
            Client old = clients.get(id);
            if (old == null) {
                return false;
            }
            remove(clients, id);
            remove(clientNames, fold(old.name()));
            remove(clientEmails, fold(old.email()));
            deleteEmailChange(id);
            return true;
        });
    }

    // ---- pending email changes

    @Override
    public void putEmailChange(PendingEmailChange change) {
        write(() -> {
            deleteEmailChange(change.clientId());
            put(emailChanges, change.clientId(), change);
            put(emailChangesByToken, change.tokenHash(), change);
            return null;
        });
    }

    @Override
    public Optional<PendingEmailChange> findEmailChange(ClientId clientId) {
        return Optional.ofNullable(emailChanges.get(clientId));
    }

    @Override
    public Optional<PendingEmailChange> findEmailChangeByToken(KeyHash tokenHash) {
        return Optional.ofNullable(emailChangesByToken.get(tokenHash));
    }

    @Override
    public boolean deleteEmailChange(ClientId clientId) {
        return write(() -> {
            PendingEmailChange old = emailChanges.get(clientId);
            if (old == null) {
                return false;
            }
            remove(emailChanges, clientId);
            remove(emailChangesByToken, old.tokenHash());
            return true;
        });
    }

    // ---- API keys

    @Override
    public ApiKey insert(NewApiKey draft) {
        return write(() -> {
            if (keysByHash.containsKey(draft.hash())) {
                throw new IllegalStateException("duplicate API key hash");
            }
            ApiKeyId id = new ApiKeyId(keySequence.incrementAndGet());
            ApiKey key = new ApiKey(
                    id,
                    draft.clientId(),
                    draft.name(),
                    draft.prefix(),
                    draft.hash(),
                    ApiKeyStatus.ACTIVE,
                    draft.createdAt(),
                    null,
                    draft.expiresAt());
            putKey(key);
            return key;
        });
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public Optional<ApiKey> findByHash(KeyHash hash) {
        return Optional.ofNullable(keysByHash.get(hash));
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
        return write(() -> replaceKey(id, k -> withStatus(k, status)));
    }

    @Override
    public int updateStatusForClient(ClientId clientId, ApiKeyStatus from, ApiKeyStatus to) {
        return write(() -> {
            int changed = 0;
            for (ApiKey key : listByClient(clientId)) {
                if (key.status() == from) {
                    putKey(withStatus(key, to));
                    changed++;
                }
            }
            return changed;
        });
    }

    @Override
    public boolean updateExpiry(ApiKeyId id, Instant expiresAt) {
        return write(() -> replaceKey(
                id,
                k -> new ApiKey(
                        k.id(),
                        k.clientId(),
                        k.name(),
                        k.prefix(),
                        k.hash(),
                        k.status(),
                        k.createdAt(),
                        k.lastUsedAt(),
                        expiresAt)));
    }

    @Override
    public void recordUse(ApiKeyId id, Instant usedAt) {
        write(() -> replaceKey(
                id,
                k -> k.lastUsedAt() != null && !k.lastUsedAt().isBefore(usedAt)
                        ? k
                        : new ApiKey(
                                k.id(),
                                k.clientId(),
                                k.name(),
                                k.prefix(),
                                k.hash(),
                                k.status(),
                                k.createdAt(),
                                usedAt,
                                k.expiresAt())));
    }

    @Override
    public int deleteByClient(ClientId clientId) {
        return write(() -> {
            List<ApiKey> owned = listByClient(clientId);
            for (ApiKey key : owned) {
                remove(keys, key.id());
                remove(keysByHash, key.hash());
            }
            return owned.size();
        });
    }

    private boolean replaceKey(ApiKeyId id, java.util.function.UnaryOperator<ApiKey> change) {
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

    /** Stores a key under its id and its hash (the hash index holds the key itself: one lookup per request). */
    private void putKey(ApiKey key) {
        put(keys, key.id(), key);
        put(keysByHash, key.hash(), key);
    }

    private static ApiKey withStatus(ApiKey k, ApiKeyStatus status) {
        return new ApiKey(
                k.id(),
                k.clientId(),
                k.name(),
                k.prefix(),
                k.hash(),
                status,
                k.createdAt(),
                k.lastUsedAt(),
                k.expiresAt());
    }

    // ---- logins

    @Override
    public void putLogin(LoginCredential credential) {
        write(() -> {
            String name = fold(credential.username());
            ClientId holder = loginNames.get(name);
            if (holder != null && !holder.equals(credential.clientId())) {
                throw new VigintException(
                        CoreErrorCode.DUPLICATE_USERNAME,
                        "The username '" + credential.username() + "' is taken",
                        Map.of("field", "username"));
            }
            LoginCredential old = logins.get(credential.clientId());
            if (old != null) {
                remove(loginNames, fold(old.username()));
            }
            put(logins, credential.clientId(), credential);
            put(loginNames, name, credential.clientId());
            return null;
        });
    }

    @Override
    public Optional<LoginCredential> findLoginByUsername(String username) {
        ClientId id = loginNames.get(fold(username));
        return id == null ? Optional.empty() : Optional.ofNullable(logins.get(id));
    }

    @Override
    public Optional<LoginCredential> findLoginByClient(ClientId clientId) {
        return Optional.ofNullable(logins.get(clientId));
    }

    @Override
    public boolean deleteLogin(ClientId clientId) {
        return write(() -> {
            LoginCredential old = logins.get(clientId);
            if (old == null) {
                return false;
            }
            remove(logins, clientId);
            remove(loginNames, fold(old.username()));
            return true;
        });
    }

    // ---- operator keys

    @Override
    public OperatorKey insertOperatorKey(NewOperatorKey draft) {
        return write(() -> {
            if (operatorKeys.values().stream().anyMatch(k -> k.hash().equals(draft.hash()))) {
                throw new IllegalStateException("duplicate operator key hash");
            }
            OperatorKeyId id = new OperatorKeyId(operatorSequence.incrementAndGet());
            OperatorKey key =
                    new OperatorKey(id, draft.name(), draft.prefix(), draft.hash(), true, draft.createdAt(), null);
            put(operatorKeys, id, key);
            return key;
        });
    }

    @Override
    public Optional<OperatorKey> findOperatorKey(OperatorKeyId id) {
        return Optional.ofNullable(operatorKeys.get(id));
    }

    @Override
    public Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash) {
        return operatorKeys.values().stream().filter(k -> k.hash().equals(hash)).findFirst();
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return operatorKeys.values().stream()
                .sorted(Comparator.comparingLong(k -> k.id().value()))
                .toList();
    }

    @Override
    public boolean updateOperatorKeyActive(OperatorKeyId id, boolean active) {
        return write(() -> {
            OperatorKey k = operatorKeys.get(id);
            if (k == null) {
                return false;
            }
            put(
                    operatorKeys,
                    id,
                    new OperatorKey(k.id(), k.name(), k.prefix(), k.hash(), active, k.createdAt(), k.lastUsedAt()));
            return true;
        });
    }

    @Override
    public void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt) {
        write(() -> {
            OperatorKey k = operatorKeys.get(id);
            if (k != null && (k.lastUsedAt() == null || k.lastUsedAt().isBefore(usedAt))) {
                put(
                        operatorKeys,
                        id,
                        new OperatorKey(k.id(), k.name(), k.prefix(), k.hash(), k.active(), k.createdAt(), usedAt));
            }
            return null;
        });
    }

    // ---- settings

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        return settings.getOrDefault(clientId, ClientSettings.defaults());
    }

    @Override
    public void putSettings(ClientId clientId, ClientSettings newSettings) {
        write(() -> {
            put(settings, clientId, newSettings);
            return null;
        });
    }

    // ---- idempotency

    @Override
    public Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        return write(() -> {
            IdempotencyKey id = new IdempotencyKey(clientId, key);
            IdempotencyRecord existing = idempotency.get(id);
            if (existing != null && !existing.createdAt().isBefore(expiredBefore)) {
                return Optional.of(existing);
            }
            put(idempotency, id, new IdempotencyRecord(clientId, key, fingerprint, now, null));
            return Optional.empty();
        });
    }

    @Override
    public void complete(ClientId clientId, String key, StoredResponse response) {
        write(() -> {
            IdempotencyKey id = new IdempotencyKey(clientId, key);
            IdempotencyRecord r = idempotency.get(id);
            if (r != null) {
                put(
                        idempotency,
                        id,
                        new IdempotencyRecord(r.clientId(), r.key(), r.fingerprint(), r.createdAt(), response));
            }
            return null;
        });
    }

    @Override
    public void release(ClientId clientId, String key) {
        write(() -> {
            IdempotencyKey id = new IdempotencyKey(clientId, key);
            IdempotencyRecord r = idempotency.get(id);
            if (r != null && !r.completed()) {
                remove(idempotency, id);
            }
            return null;
        });
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return write(() -> {
            int purged = 0;
            for (Map.Entry<IdempotencyKey, IdempotencyRecord> e : List.copyOf(idempotency.entrySet())) {
                if (e.getValue().createdAt().isBefore(cutoff)) {
                    remove(idempotency, e.getKey());
                    purged++;
                }
            }
            return purged;
        });
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        write(() -> {
            deleteLogin(clientId);
            remove(settings, clientId);
            for (IdempotencyKey id : List.copyOf(idempotency.keySet())) {
                if (id.clientId().equals(clientId)) {
                    remove(idempotency, id);
                }
            }
            return null;
        });
    }
}
