package io.vigint.memory;

import static io.vigint.memory.InMemoryTransactions.fold;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients in memory, with case-insensitive unique names and emails; deleting a client also drops its
 * pending email change, as the database's foreign key does. Every change reaches an {@link InMemoryCredentials}
 * index, whose entries hold each key with its client.
 */
public final class InMemoryClientStore implements ClientStore {
    private final InMemoryTransactions tx;
    private final InMemoryEmailChangeStore emailChanges;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<ClientId, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, ClientId> names = new ConcurrentHashMap<>();
    private final Map<String, ClientId> emails = new ConcurrentHashMap<>();
    private final InMemoryCredentials credentials;

    /** A store with a credential index of its own (which sees no key). */
    public InMemoryClientStore(InMemoryTransactions tx, InMemoryEmailChangeStore emailChanges) {
        this(tx, emailChanges, new InMemoryCredentials(tx));
    }

    /** A store that keeps {@code credentials} in step, shared with the key store over the same {@code tx}. */
    public InMemoryClientStore(
            InMemoryTransactions tx, InMemoryEmailChangeStore emailChanges, InMemoryCredentials credentials) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.emailChanges = Objects.requireNonNull(emailChanges, "emailChanges");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public Client insert(NewClient draft) {
        return tx.write(() -> {
            checkUnique(null, draft.name(), draft.email());
            ClientId id = new ClientId(sequence.incrementAndGet());
            Client client = new Client(
                    id, draft.name(), draft.email(), draft.description(), true, draft.createdAt(), draft.createdAt());
            index(client);
            return client;
        });
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public List<Client> list() {
        return clients.values().stream()
                .sorted(Comparator.comparingLong(c -> c.id().value()))
                .toList();
    }

    @Override
    public boolean update(Client client) {
        return tx.write(() -> {
            Client old = clients.get(client.id());
            if (old == null) {
                return false;
            }
            checkUnique(client.id(), client.name(), client.email());
            tx.remove(names, fold(old.name()));
            tx.remove(emails, fold(old.email()));
            index(new Client(
                    old.id(),
                    client.name(),
                    client.email(),
                    client.description(),
                    client.active(),
                    old.createdAt(),
                    client.updatedAt()));
            return true;
        });
    }

    @Override
    public boolean delete(ClientId id) {
        return tx.delete(clients, id, old -> {
            tx.remove(names, fold(old.name()));
            tx.remove(emails, fold(old.email()));
            emailChanges.deleteEmailChange(id);
            credentials.clientRemoved(id);
        });
    }

    private void index(Client client) {
        tx.put(clients, client.id(), client);
        tx.put(names, fold(client.name()), client.id());
        tx.put(emails, fold(client.email()), client.id());
        credentials.clientStored(client);
    }

    private void checkUnique(ClientId self, String name, String email) {
        checkFree(names, "name", name, self, CoreErrorCode.DUPLICATE_CLIENT_NAME, "A client named '" + name + "'");
        checkFree(
                emails,
                "email",
                email,
                self,
                CoreErrorCode.DUPLICATE_CLIENT_EMAIL,
                "A client with email '" + email + "'");
    }

    /** Refuses {@code value} of {@code field} if a client other than {@code self} holds it in {@code index}. */
    private static void checkFree(
            Map<String, ClientId> index, String field, String value, ClientId self, ErrorCode code, String who) {
        ClientId holder = index.get(fold(value));
        if (holder != null && !holder.equals(self)) {
            throw new VigintException(code, who + " already exists", Map.of("field", field));
        }
    }
}
