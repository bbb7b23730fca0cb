package io.vigint.persistence.key;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.persistence.NewRow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ApiKeyStore} over the {@code api_keys} table; only the key's hash is stored. */
public record MyBatisApiKeyStore(ApiKeyMapper keys) implements ApiKeyStore {
    @Override
    public ApiKey insert(NewApiKey key) {
        Objects.requireNonNull(key, "key");
        NewRow<ApiKeyRow> row = new NewRow<>(new ApiKeyRow(
                0,
                key.clientId().value(),
                key.name(),
                key.prefix(),
                key.hash().hex(),
                ApiKeyStatus.ACTIVE.name(),
                stored(key.createdAt()),
                null,
                stored(key.expiresAt()),
                key.legacy()));
        call(() -> keys.insert(row));
        return new ApiKey(
                new ApiKeyId(row.getId()),
                key.clientId(),
                key.name(),
                key.prefix(),
                key.hash(),
                ApiKeyStatus.ACTIVE,
                key.createdAt(),
                null,
                key.expiresAt(),
                key.legacy());
    }

    @Override
    public boolean hasLegacyKeys() {
        return call(keys::anyLegacy) != null;
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(call(() -> keys.findById(id.value()))).map(MyBatisApiKeyStore::toApiKey);
    }

    @Override
    public Optional<ApiKey> findByHash(KeyHash hash) {
        return Optional.ofNullable(call(() -> keys.findByHash(hash.hex()))).map(MyBatisApiKeyStore::toApiKey);
    }

    @Override
    public List<ApiKey> listByClient(ClientId clientId) {
        return call(() -> keys.listByClient(clientId.value())).stream()
                .map(MyBatisApiKeyStore::toApiKey)
                .toList();
    }

    @Override
    public List<ApiKey> listAll() {
        return call(keys::listAll).stream().map(MyBatisApiKeyStore::toApiKey).toList();
    }

    @Override
    public boolean updateStatus(ApiKeyId id, ApiKeyStatus status) {
        Objects.requireNonNull(status, "status");
        return call(() -> keys.updateStatus(id.value(), status.name())) > 0;
    }

    @Override
    public int updateStatusForClient(ClientId clientId, ApiKeyStatus from, ApiKeyStatus to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return call(() -> keys.updateStatusForClient(clientId.value(), from.name(), to.name()));
    }

    @Override
    public boolean updateExpiry(ApiKeyId id, Instant expiresAt) {
        return call(() -> keys.updateExpiry(id.value(), stored(expiresAt))) > 0;
    }

    @Override
    public void recordUse(ApiKeyId id, Instant usedAt) {
        Objects.requireNonNull(usedAt, "usedAt");
        call(() -> keys.recordUse(id.value(), stored(usedAt)));
    }

    @Override
    public int deleteByClient(ClientId clientId) {
        return call(() -> keys.deleteByClient(clientId.value()));
    }

    static ApiKey toApiKey(ApiKeyRow row) {
        return new ApiKey(
                new ApiKeyId(row.id()),
                new ClientId(row.clientId()),
                row.name(),
                row.prefix(),
                new KeyHash(row.keyHash().strip()),
                ApiKeyStatus.valueOf(row.status()),
                instant(row.createdAt()),
                instant(row.lastUsedAt()),
                instant(row.expiresAt()),
                row.legacy());
    }
}
