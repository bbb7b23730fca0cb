package io.vigint.memory;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.KeyCredential;
import io.vigint.core.key.KeyDigest;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The credentials of in-memory storage: for every stored key one entry, a {@link KeyCredential} holding the key
 * and its client, found by the key's {@link KeyDigest} in an open-addressing table that readers search without
 * locks (one array slot and one entry per hit). The key and client stores of one {@link InMemoryStorage} keep it
 * in step as they write, under the write lock of their shared {@link InMemoryTransactions}, and a transaction
 * that fails undoes its changes here too; so revoking, reactivating, rotating, expiring, recording a use or
 * deleting is seen by the next lookup, as in the stores themselves.
 */
public final class InMemoryCredentials implements CredentialLookup {
    /** What a removed entry leaves in its slot, so that searches go on past it. */
    private static final Object REMOVED = new Object();

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final int MIN_CAPACITY = 16;

    private final InMemoryTransactions tx;
    /** A power of two in length, at most half full (entries and removed marks), so a search always ends. */
    private volatile Object[] slots = new Object[MIN_CAPACITY];

    // Written under the write lock only, and read only by writers.
    private int size;
    private int used;
    private final Map<ClientId, Client> clients = new HashMap<>();
    private final Map<ClientId, Map<ApiKeyId, ApiKey>> keysByClient = new HashMap<>();

    public InMemoryCredentials(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<KeyCredential> findCredential(KeyDigest digest) {
        Object[] table = slots;
        int mask = table.length - 1;
        for (int i = slotOf(digest, mask); ; i = (i + 1) & mask) {
            Object slot = SLOT.getAcquire(table, i);
            if (slot == null) {
                return Optional.empty();
            }
            if (slot != REMOVED && ((KeyCredential) slot).matches(digest)) {
                return Optional.of((KeyCredential) slot);
            }
        }
    }

    /** The key was stored (added or changed). */
    void keyStored(ApiKey key) {
        tx.change(() -> {
            ApiKey previous = putKey(key);
            tx.onRollback(() -> {
                if (previous == null) {
                    removeKey(key);
                } else {
                    putKey(previous);
                }
            });
        });
    }

    /** The key was deleted. */
    void keyRemoved(ApiKey key) {
        tx.change(() -> {
            if (removeKey(key)) {
                tx.onRollback(() -> putKey(key));
            }
        });
    }

    /** The client was stored (added or changed): its keys' entries now hold it. */
    void clientStored(Client client) {
        tx.change(() -> {
            Client previous = putClient(client.id(), client);
            tx.onRollback(() -> putClient(client.id(), previous));
        });
    }

    /** The client was deleted: its remaining keys' entries say it is gone. */
    void clientRemoved(ClientId id) {
        tx.change(() -> {
            Client previous = putClient(id, null);
            if (previous != null) {
                tx.onRollback(() -> putClient(id, previous));
            }
        });
    }

    /** Indexes {@code key} with its client; returns the key it replaces, or null. */
    private ApiKey putKey(ApiKey key) {
        ApiKey previous = keysByClient
                .computeIfAbsent(key.clientId(), id -> new LinkedHashMap<>())
                .put(key.id(), key);
        KeyDigest digest = KeyDigest.of(key.hash());
        put(new KeyCredential(key, clients.get(key.clientId()), digest), digest);
        return previous;
    }

    /** Drops {@code key}; false if it was not indexed. */
    private boolean removeKey(ApiKey key) {
        Map<ApiKeyId, ApiKey> owned = keysByClient.get(key.clientId());
        if (owned == null || owned.remove(key.id()) == null) {
            return false;
        }
        if (owned.isEmpty()) {
            keysByClient.remove(key.clientId());
        }
        remove(KeyDigest.of(key.hash()));
        return true;
    }

    /** Sets the client ({@code null}: gone) and re-indexes its keys with it; returns the previous one. */
    private Client putClient(ClientId id, Client client) {
        Client previous = client == null ? clients.remove(id) : clients.put(id, client);
        for (ApiKey key : keysByClient.getOrDefault(id, Map.of()).values()) {
            KeyDigest digest = KeyDigest.of(key.hash());
            put(new KeyCredential(key, client, digest), digest);
        }
        return previous;
    }

    private void put(KeyCredential credential, KeyDigest digest) {
        Object[] table = slots;
        int mask = table.length - 1;
        int free = -1;
        for (int i = slotOf(digest, mask); ; i = (i + 1) & mask) {
            Object slot = table[i];
            if (slot == null) {
                if (free < 0) {
                    free = i;
                    used++;
                }
                size++;
                SLOT.setRelease(table, free, credential);
                if (used * 2 > table.length) {
                    rebuild();
                }
                return;
            }
            if (slot == REMOVED) {
                if (free < 0) {
                    free = i;
                }
            } else if (((KeyCredential) slot).matches(digest)) {
                SLOT.setRelease(table, i, credential);
                return;
            }
        }
    }

    private void remove(KeyDigest digest) {
        Object[] table = slots;
        int mask = table.length - 1;
        for (int i = slotOf(digest, mask); ; i = (i + 1) & mask) {
            Object slot = table[i];
            if (slot == null) {
                return;
            }
            if (slot != REMOVED && ((KeyCredential) slot).matches(digest)) {
                SLOT.setRelease(table, i, REMOVED);
                size--;
                return;
            }
        }
    }

    /**
     * Copies the entries into a fresh table at most a quarter full and publishes it; readers still searching the
     * old one see it as it was, which no writer changes any more.
     */
    private void rebuild() {
        int capacity = MIN_CAPACITY;
        while (capacity < size * 2) {
            capacity <<= 1;
        }
        Object[] fresh = new Object[capacity];
        int mask = capacity - 1;
        for (Object slot : slots) {
            if (slot != null && slot != REMOVED) {
                KeyCredential credential = (KeyCredential) slot;
                int i = slotOf(KeyDigest.of(credential.key().hash()), mask);
                while (fresh[i] != null) {
                    i = (i + 1) & mask;
                }
                fresh[i] = credential;
            }
        }
        used = size;
        slots = fresh;
    }

    /** The home slot: the digest's bits are uniformly distributed, as SHA-256's are. */
    private static int slotOf(KeyDigest digest, int mask) {
        return (int) digest.w0() & mask;
    }
}
