package io.vigint.core.key;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores API keys by hash. Each write touches only the fields it names, so a concurrent
 * {@link #recordUse} can never undo a revocation. Hashes are unique. Instants are kept to the
 * microsecond.
 */
public interface ApiKeyStore {
    /** Stores a new active key and returns it with its assigned id. */
    ApiKey insert(NewApiKey key);

    /** True if some stored key was imported from an original deployment ({@link ApiKey#legacy()}). */
    boolean hasLegacyKeys();

    Optional<ApiKey> findById(ApiKeyId id);

    /** The key whose hash this is: the lookup on every authenticated request. */
    Optional<ApiKey> findByHash(KeyHash hash);

    /** The client's keys in id order. */
    List<ApiKey> listByClient(ClientId clientId);

    /** Every key, ordered by client id then key id. */
    List<ApiKey> listAll();

    /** Sets one key's status; returns false if there is no such key. */
    boolean updateStatus(ApiKeyId id, ApiKeyStatus status);

    /** Sets the status of the client's keys that currently have status {@code from}; returns how many. */
    int updateStatusForClient(ClientId clientId, ApiKeyStatus from, ApiKeyStatus to);

    /** Sets one key's expiry ({@code null}: never); returns false if there is no such key. */
    boolean updateExpiry(ApiKeyId id, Instant expiresAt);

    /** Records that the key was used at {@code usedAt}, unless a later use is already recorded. */
    void recordUse(ApiKeyId id, Instant usedAt);

    /** Deletes all of the client's keys; returns how many. */
    int deleteByClient(ClientId clientId);
}
