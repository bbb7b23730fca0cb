package io.vigint.persistence.operator;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.key.KeyHash;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.operator.OperatorKey;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.persistence.NewRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link OperatorKeyStore} over the {@code operator_keys} table; only the key's hash is stored. */
public record MyBatisOperatorKeyStore(OperatorKeyMapper operatorKeys) implements OperatorKeyStore {
    @Override
    public OperatorKey insertOperatorKey(NewOperatorKey key) {
        Objects.requireNonNull(key, "key");
        NewRow<OperatorKeyRow> row = new NewRow<>(new OperatorKeyRow(
                0, key.name(), key.prefix(), key.hash().hex(), true, stored(key.createdAt()), null, key.legacy()));
        call(() -> operatorKeys.insert(row));
        return new OperatorKey(
                new OperatorKeyId(row.getId()),
                key.name(),
                key.prefix(),
                key.hash(),
                true,
                key.createdAt(),
                null,
                key.legacy());
    }

    @Override
    public boolean hasLegacyOperatorKeys() {
        return call(operatorKeys::anyLegacy) != null;
    }

    @Override
    public Optional<OperatorKey> findOperatorKey(OperatorKeyId id) {
        return Optional.ofNullable(call(() -> operatorKeys.findById(id.value())))
                .map(MyBatisOperatorKeyStore::toOperatorKey);
    }

    @Override
    public Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash) {
        return Optional.ofNullable(call(() -> operatorKeys.findByHash(hash.hex())))
                .map(MyBatisOperatorKeyStore::toOperatorKey);
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return call(operatorKeys::listAll).stream()
                .map(MyBatisOperatorKeyStore::toOperatorKey)
                .toList();
    }

    @Override
    public boolean updateOperatorKeyActive(OperatorKeyId id, boolean active) {
        return call(() -> operatorKeys.updateActive(id.value(), active)) > 0;
    }

    @Override
    public void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt) {
        Objects.requireNonNull(usedAt, "usedAt");
        call(() -> operatorKeys.recordUse(id.value(), stored(usedAt)));
    }

    private static OperatorKey toOperatorKey(OperatorKeyRow row) {
        return new OperatorKey(
                new OperatorKeyId(row.id()),
                row.name(),
                row.prefix(),
                new KeyHash(row.keyHash().strip()),
                row.active(),
                instant(row.createdAt()),
                instant(row.lastUsedAt()),
                row.legacy());
    }
}
