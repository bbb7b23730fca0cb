package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.client.NewClient;
import io.vigint.core.client.UpdateClientCommand;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operator's use cases over clients and keys. Every use case runs in one transaction: it either
 * completes or writes nothing. Changes that can take access away are announced to the
 * {@link AccessChangeNotifier} inside that transaction.
 */
public final class ClientAdministrationService
        implements CreateClientUseCase,
                ListClientsUseCase,
                DeleteClientUseCase,
                IssueApiKeyUseCase,
                ListApiKeysUseCase,
                RevokeAccessUseCase,
                ReactivateAccessUseCase,
                RotateApiKeyUseCase,
                UpdateClientUseCase,
                ClientSettingsUseCase {
    private final ClientStore clients;
    private final ApiKeyStore apiKeys;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final RandomSource random;
    private final ClientSettingsStore settings;
    private final AccessChangeNotifier notifier;
    private final List<ClientDataOwner> owners;

    /** A service with no settings store, no change notification and no other client data. */
    public ClientAdministrationService(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Clock clock,
            RandomSource random) {
        this(clients, apiKeys, transactions, clock, random, null, AccessChangeNotifier.none(), List.of());
    }

    /**
     * @param settings where client settings live, or {@code null} if this process has none (then the
     *     settings use cases throw {@link IllegalStateException})
     * @param owners other stores holding client data, cleared when a client is deleted
     */
    public ClientAdministrationService(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Clock clock,
            RandomSource random,
            ClientSettingsStore settings,
            AccessChangeNotifier notifier,
            List<ClientDataOwner> owners) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.apiKeys = Objects.requireNonNull(apiKeys, "apiKeys");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = settings;
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.owners = List.copyOf(owners);
    }

    @Override
    public CreatedClient createClient(CreateClientCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Client client = clients.insert(new NewClient(command.name(), command.email(), command.description(), now));
            IssuedApiKey key = issue(client.id(), IssueApiKeyCommand.DEFAULT_NAME, null, now);
            return new CreatedClient(client, key);
        });
    }

    @Override
    public List<ClientWithKeys> listClients() {
        return transactions.inTransaction(() -> {
            Map<ClientId, List<ApiKey>> keysByClient = new LinkedHashMap<>();
            for (ApiKey key : apiKeys.listAll()) {
                keysByClient
                        .computeIfAbsent(key.clientId(), id -> new ArrayList<>())
                        .add(key);
            }
            List<ClientWithKeys> result = new ArrayList<>();
            for (Client client : clients.list()) {
                result.add(new ClientWithKeys(client, keysByClient.getOrDefault(client.id(), List.of())));
            }
            return result;
        });
    }

    @Override
    public ClientWithKeys getClient(ClientId id) {
        return transactions.inTransaction(() -> withKeys(requireClient(id)));
    }

    @Override
    public Client deleteClient(ClientId id) {
        return transactions.inTransaction(() -> {
            Client client = requireClient(id);
            owners.forEach(owner -> owner.deleteClientData(id));
            apiKeys.deleteByClient(id);
            clients.delete(id);
            notifier.accessChanged(id);
            return client;
        });
    }

    @Override
    public IssuedApiKey issueApiKey(IssueApiKeyCommand command) {
        return transactions.inTransaction(() -> {
            Client client = requireClient(command.clientId());
            requireActive(client);
            Instant now = now();
            Instant expiresAt = command.expiresIn() == null ? null : now.plus(command.expiresIn());
            return issue(client.id(), command.name(), expiresAt, now);
        });
    }

    @Override
    public List<ApiKey> listApiKeys(ClientId clientId) {
        return transactions.inTransaction(() -> {
            requireClient(clientId);
            return apiKeys.listByClient(clientId);
        });
    }

    @Override
    public ClientWithKeys revokeAccess(AccessCommand command) {
        return transactions.inTransaction(() -> {
            Client client = requireClient(command.clientId());
            if (command.keyId() == null) {
                if (client.active()) {
                    clients.update(client.withActive(false, now()));
                }
                apiKeys.updateStatusForClient(client.id(), ApiKeyStatus.ACTIVE, ApiKeyStatus.SUSPENDED);
            } else {
                requireKeyOf(client, command.keyId());
                apiKeys.updateStatus(command.keyId(), ApiKeyStatus.REVOKED);
            }
            notifier.accessChanged(client.id());
            return withKeys(requireClient(client.id()));
        });
    }

    @Override
    public ClientWithKeys reactivateAccess(AccessCommand command) {
        return transactions.inTransaction(() -> {
            Client client = requireClient(command.clientId());
            Instant now = now();
            if (command.keyId() == null) {
                apiKeys.updateStatusForClient(client.id(), ApiKeyStatus.SUSPENDED, ApiKeyStatus.ACTIVE);
            } else {
                ApiKey key = requireKeyOf(client, command.keyId());
                if (key.isExpiredAt(now)) {
                    throw new VigintException(
                            CoreErrorCode.KEY_NOT_REACTIVATABLE,
                            "API key " + key.id() + " expired at " + key.expiresAt() + "; issue a new key instead",
                            Map.of("key_id", key.id().value()));
                }
                apiKeys.updateStatus(key.id(), ApiKeyStatus.ACTIVE);
            }
            if (!client.active()) {
                clients.update(client.withActive(true, now));
            }
            notifier.accessChanged(client.id());
            return withKeys(requireClient(client.id()));
        });
    }

    @Override
    public RotatedApiKey rotateApiKey(RotateApiKeyCommand command) {
        return transactions.inTransaction(() -> {
            ApiKey old = apiKeys.findById(command.keyId()).orElseThrow(() -> keyNotFound(command.keyId()));
            Client client = requireClient(old.clientId());
            requireActive(client);
            Instant now = now();
            if (old.status() != ApiKeyStatus.ACTIVE || old.isExpiredAt(now)) {
                throw new VigintException(
                        CoreErrorCode.KEY_NOT_ROTATABLE,
                        "API key " + old.id() + " is "
                                + old.effectiveStatusAt(now).label() + "; only an active key can be rotated",
                        Map.of("key_id", old.id().value()));
            }
            IssuedApiKey replacement = issue(client.id(), old.name(), old.expiresAt(), now);
            Instant graceEnd = now.plus(command.grace());
            Instant oldExpiry =
                    old.expiresAt() != null && old.expiresAt().isBefore(graceEnd) ? old.expiresAt() : graceEnd;
            apiKeys.updateExpiry(old.id(), oldExpiry);
            notifier.accessChanged(client.id());
            ApiKey previous = apiKeys.findById(old.id()).orElseThrow(() -> keyNotFound(old.id()));
            return new RotatedApiKey(previous, replacement);
        });
    }

    @Override
    public Client updateClient(UpdateClientCommand command) {
        return transactions.inTransaction(() -> {
            Client old = requireClient(command.clientId());
            String description = command.description() == null
                    ? old.description()
                    : (command.description().isEmpty() ? null : command.description());
            Client updated = new Client(
                    old.id(),
                    command.name() == null ? old.name() : command.name(),
                    command.email() == null ? old.email() : command.email(),
                    description,
                    old.active(),
                    old.createdAt(),
                    now());
            clients.update(updated);
            notifier.accessChanged(old.id());
            return requireClient(old.id());
        });
    }

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        ClientSettingsStore store = requireSettingsStore();
        return transactions.inTransaction(() -> {
            requireClient(clientId);
            return store.settingsOf(clientId);
        });
    }

    @Override
    public ClientSettings setRateLimit(ClientId clientId, Integer perMinute) {
        ClientSettingsStore store = requireSettingsStore();
        return transactions.inTransaction(() -> {
            requireClient(clientId);
            ClientSettings updated = new ClientSettings(perMinute);
            store.putSettings(clientId, updated);
            notifier.accessChanged(clientId);
            return store.settingsOf(clientId);
        });
    }

    private ClientSettingsStore requireSettingsStore() {
        if (settings == null) {
            throw new IllegalStateException("no ClientSettingsStore is configured");
        }
        return settings;
    }

    private IssuedApiKey issue(ClientId clientId, String name, Instant expiresAt, Instant now) {
        String plain = ApiKeyFormat.generate(random);
        ApiKey stored = apiKeys.insert(
                new NewApiKey(clientId, name, ApiKeyFormat.displayPrefix(plain), KeyHash.of(plain), now, expiresAt));
        return new IssuedApiKey(stored, plain);
    }

    private ClientWithKeys withKeys(Client client) {
        return new ClientWithKeys(client, apiKeys.listByClient(client.id()));
    }

    private Client requireClient(ClientId id) {
        return clients.findById(id)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, "No client with id " + id, Map.of("client_id", id.value())));
    }

    private static void requireActive(Client client) {
        if (!client.active()) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_REVOKED,
                    "Client " + client.id() + " is revoked; reactivate it first",
                    Map.of("client_id", client.id().value()));
        }
    }

    private ApiKey requireKeyOf(Client client, ApiKeyId keyId) {
        return apiKeys.findById(keyId)
                .filter(key -> key.clientId().equals(client.id()))
                .orElseThrow(() -> keyNotFound(keyId));
    }

    private static VigintException keyNotFound(ApiKeyId keyId) {
        return new VigintException(
                CoreErrorCode.KEY_NOT_FOUND, "No API key with id " + keyId, Map.of("key_id", keyId.value()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
