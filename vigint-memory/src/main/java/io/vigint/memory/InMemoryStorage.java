package io.vigint.memory;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.NewClient;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.KeyCredential;
import io.vigint.core.key.KeyDigest;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Clients, keys (also as one entry per key with its client, {@link InMemoryCredentials}), logins, operator keys,
 * settings, pending email changes and idempotency records in memory, as one object: the in-memory store of each port ({@link InMemoryClientStore}, {@link InMemoryApiKeyStore},
 * …) over one {@link InMemoryTransactions}, so a transaction spans all of them. It implements every port by
 * handing the call to that store, for embedders and tests that want one object; the stores are also
 * available one by one.
 */
public final class InMemoryStorage
        implements ClientStore,
                ApiKeyStore,
                CredentialLookup,
                TransactionRunner,
                LoginStore,
                OperatorKeyStore,
                ClientSettingsStore,
                IdempotencyStore,
                EmailChangeStore,
                ClientDataOwner {
    private final InMemoryTransactions tx = new InMemoryTransactions();
    private final InMemoryEmailChangeStore emailChanges = new InMemoryEmailChangeStore(tx);
    private final InMemoryCredentials credentials = new InMemoryCredentials(tx);
    private final InMemoryClientStore clients = new InMemoryClientStore(tx, emailChanges, credentials);
    private final InMemoryApiKeyStore keys = new InMemoryApiKeyStore(tx, credentials);
    private final InMemoryLoginStore logins = new InMemoryLoginStore(tx);
    private final InMemoryOperatorKeyStore operatorKeys = new InMemoryOperatorKeyStore(tx);
    private final InMemoryClientSettingsStore settings = new InMemoryClientSettingsStore(tx);
    private final InMemoryIdempotencyStore idempotency = new InMemoryIdempotencyStore(tx);
    private final InMemoryLegacyImportLedger legacyImports = new InMemoryLegacyImportLedger(tx);

    public InMemoryTransactions transactions() {
        return tx;
    }

    public InMemoryClientStore clientStore() {
        return clients;
    }

    public InMemoryApiKeyStore apiKeyStore() {
        return keys;
    }

    /** Every key with its client, one entry each: the lookup of authentication. */
    public InMemoryCredentials credentials() {
        return credentials;
    }

    public InMemoryLoginStore loginStore() {
        return logins;
    }

    public InMemoryOperatorKeyStore operatorKeyStore() {
        return operatorKeys;
    }

    public InMemoryClientSettingsStore settingsStore() {
        return settings;
    }

    public InMemoryIdempotencyStore idempotencyStore() {
        return idempotency;
    }

    public InMemoryEmailChangeStore emailChangeStore() {
        return emailChanges;
    }

    /** What was imported from original deployments; deleting a client deletes its entries. */
    public InMemoryLegacyImportLedger legacyImportLedger() {
        return legacyImports;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return tx.inTransaction(work);
    }

    /**
     * Deletes the client's login, settings, idempotency records and import-ledger entries (keys and the
     * client are the core's).
     */
    @Override
    public void deleteClientData(ClientId clientId) {
        tx.change(() -> {
            logins.deleteLogin(clientId);
            settings.deleteClientData(clientId);
            idempotency.deleteClientData(clientId);
            legacyImports.deleteClientData(clientId);
        });
    }

    // ---- ClientStore

    @Override
    public Client insert(NewClient draft) {
        return clients.insert(draft);
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return clients.findById(id);
    }

    @Override
    public List<Client> list() {
        return clients.list();
    }

    @Override
    public boolean update(Client client) {
        return clients.update(client);
    }

    @Override
    public boolean delete(ClientId id) {
        return clients.delete(id);
    }

    // ---- EmailChangeStore

    @Override
    public void putEmailChange(PendingEmailChange change) {
        emailChanges.putEmailChange(change);
    }

    @Override
    public Optional<PendingEmailChange> findEmailChange(ClientId clientId) {
        return emailChanges.findEmailChange(clientId);
    }

    @Override
    public Optional<PendingEmailChange> findEmailChangeByToken(KeyHash tokenHash) {
        return emailChanges.findEmailChangeByToken(tokenHash);
    }

    @Override
    public boolean deleteEmailChange(ClientId clientId) {
        return emailChanges.deleteEmailChange(clientId);
    }

    // ---- ApiKeyStore

    @Override
    public ApiKey insert(NewApiKey draft) {
        return keys.insert(draft);
    }

    @Override
    public boolean hasLegacyKeys() {
        return keys.hasLegacyKeys();
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return keys.findById(id);
    }

    @Override
    public Optional<ApiKey> findByHash(KeyHash hash) {
        return keys.findByHash(hash);
    }

    @Override
    public List<ApiKey> listByClient(ClientId clientId) {
        return keys.listByClient(clientId);
    }

    @Override
    public List<ApiKey> listAll() {
        return keys.listAll();
    }

    @Override
    public boolean updateStatus(ApiKeyId id, ApiKeyStatus status) {
        return keys.updateStatus(id, status);
    }

    @Override
    public int updateStatusForClient(ClientId clientId, ApiKeyStatus from, ApiKeyStatus to) {
        return keys.updateStatusForClient(clientId, from, to);
    }

    @Override
    public boolean updateExpiry(ApiKeyId id, Instant expiresAt) {
        return keys.updateExpiry(id, expiresAt);
    }

    @Override
    public void recordUse(ApiKeyId id, Instant usedAt) {
        keys.recordUse(id, usedAt);
    }

    @Override
    public int deleteByClient(ClientId clientId) {
        return keys.deleteByClient(clientId);
    }

    // ---- CredentialLookup

    @Override
    public Optional<KeyCredential> findCredential(KeyDigest digest) {
        return credentials.findCredential(digest);
    }

    // ---- LoginStore

    @Override
    public void putLogin(LoginCredential credential) {
        logins.putLogin(credential);
    }

    @Override
    public Optional<LoginCredential> findLoginByUsername(String username) {
        return logins.findLoginByUsername(username);
    }

    @Override
    public Optional<LoginCredential> findLoginByClient(ClientId clientId) {
        return logins.findLoginByClient(clientId);
    }

    @Override
    public boolean deleteLogin(ClientId clientId) {
        return logins.deleteLogin(clientId);
    }

    // ---- OperatorKeyStore

    @Override
    public OperatorKey insertOperatorKey(NewOperatorKey draft) {
        return operatorKeys.insertOperatorKey(draft);
    }

    @Override
    public Optional<OperatorKey> findOperatorKey(OperatorKeyId id) {
        return operatorKeys.findOperatorKey(id);
    }

    @Override
    public Optional<OperatorKey> findOperatorKeyByHash(KeyHash hash) {
        return operatorKeys.findOperatorKeyByHash(hash);
    }

    @Override
    public boolean hasLegacyOperatorKeys() {
        return operatorKeys.hasLegacyOperatorKeys();
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return operatorKeys.listOperatorKeys();
    }

    @Override
    public boolean updateOperatorKeyActive(OperatorKeyId id, boolean active) {
        return operatorKeys.updateOperatorKeyActive(id, active);
    }

    @Override
    public void recordOperatorKeyUse(OperatorKeyId id, Instant usedAt) {
        operatorKeys.recordOperatorKeyUse(id, usedAt);
    }

    // ---- ClientSettingsStore

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        return settings.settingsOf(clientId);
    }

    @Override
    public void putSettings(ClientId clientId, ClientSettings newSettings) {
        settings.putSettings(clientId, newSettings);
    }

    // ---- IdempotencyStore

    @Override
    public Optional<IdempotencyRecord> claim(
            ClientId clientId, String key, String fingerprint, Instant now, Instant expiredBefore) {
        return idempotency.claim(clientId, key, fingerprint, now, expiredBefore);
    }

    @Override
    public void complete(ClientId clientId, String key, StoredResponse response) {
        idempotency.complete(clientId, key, response);
    }

    @Override
    public void release(ClientId clientId, String key) {
        idempotency.release(clientId, key);
    }

    @Override
    public int purgeCreatedBefore(Instant cutoff) {
        return idempotency.purgeCreatedBefore(cutoff);
    }
}
