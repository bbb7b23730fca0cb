package io.vigint.persistence;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.port.TransactionRunner;
import io.vigint.persistence.client.ClientInsert;
import io.vigint.persistence.client.ClientMapper;
import io.vigint.persistence.client.ClientRow;
import io.vigint.persistence.key.ApiKeyInsert;
import io.vigint.persistence.key.ApiKeyMapper;
import io.vigint.persistence.key.ApiKeyRow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * The storage ports over a relational database through MyBatis. Inside {@link #inTransaction} every
 * call on this thread uses one session (one connection, one database transaction); a call outside a
 * transaction runs in a session of its own that commits at once. Instants are stored as UTC
 * {@code TIMESTAMP WITH TIME ZONE}; case-insensitive uniqueness of client names and emails rests on
 * lower-cased ({@link Locale#ROOT}) key columns with unique constraints, so it holds even when two
 * writers race.
 *
 * <p>Obtain one from {@link Database#storage()}.
 */
public final class MyBatisStorage implements ClientStore, ApiKeyStore, TransactionRunner {
    private final SqlSessionManager sessions;
    private final ClientMapper clients;
    private final ApiKeyMapper keys;

    MyBatisStorage(SqlSessionFactory factory) {
        this.sessions = SqlSessionManager.newInstance(Objects.requireNonNull(factory, "factory"));
        this.clients = sessions.getMapper(ClientMapper.class);
        this.keys = sessions.getMapper(ApiKeyMapper.class);
    }

    // ---- transactions

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession();
        try {
            T result = work.get();
            commit();
            return result;
        } catch (RuntimeException | Error e) {
            rollbackAfter(e);
            throw e;
        } finally {
            sessions.close();
        }
    }

    private void commit() {
        try {
            sessions.commit(true);
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            sessions.rollback(true);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            throw SqlFailures.translate(e);
        }
    }

    // ---- clients

    @Override
    public Client insert(NewClient client) {
        Objects.requireNonNull(client, "client");
        OffsetDateTime createdAt = toStored(client.createdAt());
        ClientInsert row = new ClientInsert(
                client.name(),
                fold(client.name()),
                client.email(),
                fold(client.email()),
                client.description(),
                true,
                createdAt,
                createdAt);
        try {
            clients.insert(row);
        } catch (RuntimeException e) {
            throw SqlFailures.translateClientWrite(e, client.name(), client.email());
        }
        return new Client(
                new ClientId(row.getId()),
                client.name(),
                client.email(),
                client.description(),
                true,
                client.createdAt(),
                client.createdAt());
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return Optional.ofNullable(call(() -> clients.findById(id.value()))).map(MyBatisStorage::toClient);
    }

    @Override
    public List<Client> list() {
        return call(clients::list).stream().map(MyBatisStorage::toClient).toList();
    }

    @Override
    public boolean update(Client client) {
        Objects.requireNonNull(client, "client");
        ClientRow row = new ClientRow(
                client.id().value(),
                client.name(),
                fold(client.name()),
                client.email(),
                fold(client.email()),
                client.description(),
                client.active(),
                toStored(client.createdAt()),
                toStored(client.updatedAt()));
        try {
            return clients.update(row) > 0;
        } catch (RuntimeException e) {
            throw SqlFailures.translateClientWrite(e, client.name(), client.email());
        }
    }

    @Override
    public boolean delete(ClientId id) {
        return call(() -> clients.delete(id.value())) > 0;
    }

    private static Client toClient(ClientRow row) {
        return new Client(
                new ClientId(row.id()),
                row.name(),
                row.email(),
                row.description(),
                row.active(),
                toInstant(row.createdAt()),
                toInstant(row.updatedAt()));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    // ---- API keys

    @Override
    public ApiKey insert(NewApiKey key) {
        Objects.requireNonNull(key, "key");
        ApiKeyInsert row = new ApiKeyInsert(
                key.clientId().value(),
                key.name(),
                key.prefix(),
                key.hash().hex(),
                ApiKeyStatus.ACTIVE.name(),
                toStored(key.createdAt()),
                toStored(key.expiresAt()));
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
                key.expiresAt());
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(call(() -> keys.findById(id.value()))).map(MyBatisStorage::toApiKey);
    }

    @Override
    public Optional<ApiKey> findByHash(KeyHash hash) {
        return Optional.ofNullable(call(() -> keys.findByHash(hash.hex()))).map(MyBatisStorage::toApiKey);
    }

    @Override
    public List<ApiKey> listByClient(ClientId clientId) {
        return call(() -> keys.listByClient(clientId.value())).stream()
                .map(MyBatisStorage::toApiKey)
                .toList();
    }

    @Override
    public List<ApiKey> listAll() {
        return call(keys::listAll).stream().map(MyBatisStorage::toApiKey).toList();
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
        return call(() -> keys.updateExpiry(id.value(), toStored(expiresAt))) > 0;
    }

    @Override
    public void recordUse(ApiKeyId id, Instant usedAt) {
        Objects.requireNonNull(usedAt, "usedAt");
        call(() -> keys.recordUse(id.value(), toStored(usedAt)));
    }

    @Override
    public int deleteByClient(ClientId clientId) {
        return call(() -> keys.deleteByClient(clientId.value()));
    }

    private static ApiKey toApiKey(ApiKeyRow row) {
        return new ApiKey(
                new ApiKeyId(row.id()),
                new ClientId(row.clientId()),
                row.name(),
                row.prefix(),
                new KeyHash(row.keyHash().strip()),
                ApiKeyStatus.valueOf(row.status()),
                toInstant(row.createdAt()),
                toInstant(row.lastUsedAt()),
                toInstant(row.expiresAt()));
    }

    // ---- time

    private static OffsetDateTime toStored(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
