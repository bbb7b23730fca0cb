package io.vigint.core.operator;

import io.vigint.core.key.KeyHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores operator keys by hash (unique). Each write touches only the fields it names. Method names
 * carry "operator key" so one adapter can implement this beside the other storage ports.
 */
public interface OperatorKeyStore {
    /** Stores a new active key and returns it with its id. */
    OperatorKey insertOperatorKey(NewOperatorKey key);

    Optional<OperatorKey> findOperatorKey(OperatorKeyId id);

    Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash);

    /** True if some stored operator key is a registered original {@code SECRET_KEY} ({@link OperatorKey#legacy()}). */
    boolean hasLegacyOperatorKeys();

    /** All operator keys in id order. */
    List<OperatorKey> listOperatorKeys();

    /** Sets whether the key is accepted; returns false if there is no such key. */
    boolean updateOperatorKeyActive(OperatorKeyId id, boolean active);

    /** Records a use at {@code usedAt}, unless a later use is already recorded. */
    void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt);
}
