package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.client.NewClient;
import io.vigint.core.client.UpdateClientCommand;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.RandomSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client's life: created with its first key, listed, changed, deleted with all its data. Every use
 * case runs in one transaction; a change or deletion is announced to the {@link AccessChangeNotifier}
 * inside it.
 */
public final class ClientLifecycleService
        implements CreateClientUseCase, ListClientsUseCase, UpdateClientUseCase, DeleteClientUseCase {
    private final ClientPorts ports;
    private final RandomSource random;
    private final List<ClientDataOwner> owners;

    /**
     * @param owners other stores holding client data, cleared when a client is deleted
     */
    public ClientLifecycleService(ClientPorts ports, RandomSource random, List<ClientDataOwner> owners) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.random = Objects.requireNonNull(random, "random");
        this.owners = List.copyOf(owners);
    }

    @Override
    public CreatedClient createClient(CreateClientCommand command) {
        return ports.transactions().inTransaction(() -> {
            Instant now = ports.now();
            Client client =
                    ports.clients().insert(new NewClient(command.name(), command.email(), command.description(), now));
            IssuedApiKey key = ports.issue(random, client.id(), IssueApiKeyCommand.DEFAULT_NAME, null, now);
            return new CreatedClient(client, key);
        });
    }

    @Override
    public List<ClientWithKeys> listClients() {
        return ports.transactions().inTransaction(() -> {
            Map<ClientId, List<ApiKey>> keysByClient = new LinkedHashMap<>();
            for (ApiKey key : ports.apiKeys().listAll()) {
                keysByClient
                        .computeIfAbsent(key.clientId(), id -> new ArrayList<>())
                        .add(key);
            }
            List<ClientWithKeys> result = new ArrayList<>();
            for (Client client : ports.clients().list()) {
                result.add(new ClientWithKeys(client, keysByClient.getOrDefault(client.id(), List.of())));
            }
            return result;
        });
    }

    @Override
    public ClientWithKeys getClient(ClientId id) {
        return ports.transactions().inTransaction(() -> ports.withKeys(ports.requireClient(id)));
    }

    @Override
    public Client updateClient(UpdateClientCommand command) {
        return ports.transactions().inTransaction(() -> {
            Client old = ports.requireClient(command.clientId());
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
                    ports.now());
            ports.clients().update(updated);
            ports.notifier().accessChanged(old.id());
            return ports.requireClient(old.id());
        });
    }

    @Override
    public Client deleteClient(ClientId id) {
        return ports.transactions().inTransaction(() -> {
            Client client = ports.requireClient(id);
            owners.forEach(owner -> owner.deleteClientData(id));
            ports.apiKeys().deleteByClient(id);
            ports.clients().delete(id);
            ports.notifier().accessChanged(id);
            return client;
        });
    }
}
