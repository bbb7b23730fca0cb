package io.vigint.persistence;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
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
import io.vigint.persistence.client.ClientInsert;
import io.vigint.persistence.client.ClientMapper;
import io.vigint.persistence.client.ClientRow;
import io.vigint.persistence.idempotency.IdempotencyMapper;
import io.vigint.persistence.idempotency.IdempotencyRow;
import io.vigint.persistence.key.ApiKeyInsert;
import io.vigint.persistence.key.ApiKeyMapper;
import io.vigint.persistence.key.ApiKeyRow;
import io.vigint.persistence.login.LoginMapper;
import io.vigint.persistence.login.LoginRow;
import io.vigint.persistence.operator.OperatorKeyInsert;
import io.vigint.persistence.operator.OperatorKeyMapper;
import io.vigint.persistence.operator.OperatorKeyRow;
import io.vigint.persistence.settings.ClientSettingsMapper;
import io.vigint.persistence.settings.ClientSettingsRow;
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
 * writers race; usernames likewise.
 *
 * <p>An idempotency {@link #claim} is visible to other callers once its transaction commits, so claim
 * outside a longer transaction.
 *
 * <p>Obtain one from {@link Database#storage()}.
 */
public final class MyBatisStorage
        implements ClientStore,
                ApiKeyStore,
                TransactionRunner,
                LoginStore,
                OperatorKeyStore,
                ClientSettingsStore,
                IdempotencyStore,
                ClientDataOwner {
    /** How often a claim retries when the record that held the key vanished before it could be read. */
    private static final int CLAIM_ATTEMPTS = 5;

    private final SqlSessionManager sessions;
    private final ClientMapper clients;
    private final ApiKeyMapper keys;
    private final LoginMapper logins;
    private final OperatorKeyMapper operatorKeys;
    private final ClientSettingsMapper settings;
    private final IdempotencyMapper idempotency;

    MyBatisStorage(SqlSessionFactory factory) {
        this.sessions = SqlSessionManager.newInstance(Objects.requireNonNull(factory, "factory"));
        this.clients = sessions.getMapper(ClientMapper.class);
        this.keys = sessions.getMapper(ApiKeyMapper.class);
        this.logins = sessions.getMapper(LoginMapper.class);
        this.operatorKeys = sessions.getMapper(OperatorKeyMapper.class);
        this.settings = sessions.getMapper(ClientSettingsMapper.class);
        this.idempotency = sessions.getMapper(IdempotencyMapper.class);
    }

    /**
     * A mapper bound to this storage's sessions: inside {@link #inTransaction} it joins the thread's
     * transaction, outside it runs each call in a transaction of its own.
     */
    public <M> M mapper(Class<M> type) {
        return sessions.getMapper(type);
    }

    /** True when this storage is on H2 (embedded or remote), false on PostgreSQL. */
    public boolean isH2() {
        return "h2".equals(sessions.getConfiguration().getDatabaseId());
    }

    /** A session of its own on {@code connection}, outside any transaction of this storage. */
    org.apache.ibatis.session.SqlSession openSession(java.sql.Connection connection) {
        return sessions.openSession(connection);
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

    // ---- logins

    @Override
    public void putLogin(LoginCredential credential) {
        Objects.requireNonNull(credential, "credential");
        LoginRow row = new LoginRow(
                credential.clientId().value(),
                credential.username(),
                fold(credential.username()),
                credential.passwordHash(),
                toStored(credential.updatedAt()));
        try {
            logins.upsert(row);
        } catch (RuntimeException e) {
            throw SqlFailures.translateLoginWrite(e, credential.username());
        }
    }

    @Override
    public Optional<LoginCredential> findLoginByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return Optional.ofNullable(call(() -> logins.findByUsernameKey(fold(username))))
                .map(MyBatisStorage::toLogin);
    }

    @Override
    public Optional<LoginCredential> findLoginByClient(ClientId clientId) {
        return Optional.ofNullable(call(() -> logins.findByClient(clientId.value())))
                .map(MyBatisStorage::toLogin);
    }

    @Override
    public boolean deleteLogin(ClientId clientId) {
        return call(() -> logins.deleteByClient(clientId.value())) > 0;
    }

    private static LoginCredential toLogin(LoginRow row) {
        return new LoginCredential(
                new ClientId(row.clientId()), row.username(), row.passwordHash(), toInstant(row.updatedAt()));
    }

    // ---- operator keys

    @Override
    public OperatorKey insertOperatorKey(NewOperatorKey key) {
        Objects.requireNonNull(key, "key");
        OperatorKeyInsert row =
                new OperatorKeyInsert(key.name(), key.prefix(), key.hash().hex(), toStored(key.createdAt()));
        call(() -> operatorKeys.insert(row));
        return new OperatorKey(
                new OperatorKeyId(row.getId()), key.name(), key.prefix(), key.hash(), true, key.createdAt(), null);
    }

    @Override
    public Optional<OperatorKey> findOperatorKey(OperatorKeyId id) {
        return Optional.ofNullable(call(() -> operatorKeys.findById(id.value())))
                .map(MyBatisStorage::toOperatorKey);
    }

    @Override
    public Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash) {
        return Optional.ofNullable(call(() -> operatorKeys.findByHash(hash.hex())))
                .map(MyBatisStorage::toOperatorKey);
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return call(operatorKeys::listAll).stream()
                .map(MyBatisStorage::toOperatorKey)
                .toList();
    }

    @Override
    public boolean updateOperatorKeyActive(OperatorKeyId id, boolean active) {
        return call(() -> operatorKeys.updateActive(id.value(), active)) > 0;
    }

    @Override
    public void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt) {
        Objects.requireNonNull(usedAt, "usedAt");
        call(() -> operatorKeys.recordUse(id.value(), toStored(usedAt)));
    }

    private static OperatorKey toOperatorKey(OperatorKeyRow row) {
        return new OperatorKey(
                new OperatorKeyId(row.id()),
                row.name(),
                row.prefix(),
                new KeyHash(row.keyHash().strip()),
                row.active(),
                toInstant(row.createdAt()),
                toInstant(row.lastUsedAt()));
    }

    // ---- client settings

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        ClientSettingsRow row = call(() -> settings.findByClient(clientId.value()));
        return row == null ? ClientSettings.defaults() : new ClientSettings(row.rateLimitPerMinute());
    }

    @Override
    public void putSettings(ClientId clientId, ClientSettings newSettings) {
        Objects.requireNonNull(newSettings, "newSettings");
        call(() -> settings.upsert(new ClientSettingsRow(clientId.value(), newSettings.rateLimitPerMinute())));
    }

    // ---- idempotency

    /**
     * Deletes an expired record of the key, then inserts a fresh one unless another holds the key
     * ({@code INSERT ... ON CONFLICT DO NOTHING}, which waits for a racing uncommitted claim instead
     * of failing); when another holds it, that record is read and returned.
     */
    @Override
    public Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(expiredBefore, "expiredBefore");
        long client = clientId.value();
        return inTransaction(() -> call(() -> {
            idempotency.deleteExpired(client, key, toStored(expiredBefore));
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                if (idempotency.insertIfAbsent(client, key, fingerprint, toStored(now)) > 0) {
                    return Optional.<IdempotencyRecord>empty();
                }
                IdempotencyRow held = idempotency.find(client, key);
                if (held != null) {
                    return Optional.of(toRecord(held));
                }
            }
            throw new IllegalStateException("the idempotency key of client " + clientId + " was claimed and released "
                    + CLAIM_ATTEMPTS + " times while this request tried to claim it");
        }));
    }

    @Override
    public void complete(ClientId clientId, String key, StoredResponse response) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        call(() -> idempotency.complete(
                clientId.value(), key, response.status(), response.contentType(), response.body()));
    }

    @Override
    public void release(ClientId clientId, String key) {
        Objects.requireNonNull(key, "key");
        call(() -> idempotency.deleteUncompleted(clientId.value(), key));
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return call(() -> idempotency.deleteCreatedBefore(toStored(cutoff)));
    }

    private static IdempotencyRecord toRecord(IdempotencyRow row) {
        StoredResponse response = row.status() == null
                ? null
                : new StoredResponse(row.status(), row.contentType(), row.body() == null ? new byte[0] : row.body());
        return new IdempotencyRecord(
                new ClientId(row.clientId()), row.key(), row.fingerprint(), toInstant(row.createdAt()), response);
    }

    // ---- client data

    /**
     * Deletes the client's login, settings and idempotency records (the foreign keys would cascade
     * them with the client row too). API keys are the {@link ApiKeyStore}'s to delete.
     */
    @Override
    public void deleteClientData(ClientId clientId) {
        long client = clientId.value();
        inTransaction(() -> call(() -> {
            logins.deleteByClient(client);
            settings.deleteByClient(client);
            return idempotency.deleteByClient(client);
        }));
    }

    // ---- time

    static OffsetDateTime toStored(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
