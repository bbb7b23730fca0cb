package io.vigint.persistence.client;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
import io.vigint.persistence.NewRow;
import io.vigint.persistence.SqlFailures;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ClientStore} over the {@code clients} table. Case-insensitive uniqueness of names and emails
 * rests on lower-cased ({@link Locale#ROOT}) key columns with unique constraints, so it holds even when
 * two writers race. Deleting a client row cascades to the rows that belong to it.
 */
public record MyBatisClientStore(ClientMapper clients) implements ClientStore {
    @Override
    public Client insert(NewClient client) {
        Objects.requireNonNull(client, "client");
        OffsetDateTime createdAt = stored(client.createdAt());
        NewRow<ClientRow> row = new NewRow<>(new ClientRow(
                0,
                client.name(),
                fold(client.name()),
                client.email(),
                fold(client.email()),
                client.description(),
                true,
                createdAt,
                createdAt));
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
        return Optional.ofNullable(call(() -> clients.findById(id.value()))).map(MyBatisClientStore::toClient);
    }

    @Override
    public List<Client> list() {
        return call(clients::list).stream().map(MyBatisClientStore::toClient).toList();
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
                stored(client.createdAt()),
                stored(client.updatedAt()));
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
                instant(row.createdAt()),
                instant(row.updatedAt()));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
