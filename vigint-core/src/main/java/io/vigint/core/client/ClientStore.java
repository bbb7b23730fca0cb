package io.vigint.core.client;

import java.util.List;
import java.util.Optional;

/**
 * Stores clients. Names and emails are unique ignoring case (in {@link java.util.Locale#ROOT});
 * a write that would break that throws {@code DUPLICATE_CLIENT_NAME} or {@code DUPLICATE_CLIENT_EMAIL}
 * and changes nothing, even when two writers race. Instants are kept to the microsecond.
 */
public interface ClientStore {
    /** Stores a new, active client and returns it with its assigned id. */
    Client insert(NewClient client);

    Optional<Client> findById(ClientId id);

    /** All clients, in id order. */
    List<Client> list();

    /**
     * Replaces the stored name, email, description, active flag and {@code updatedAt} of the client
     * with {@code client.id()}; returns false if there is no such client.
     */
    boolean update(Client client);

    /** Deletes the client; returns false if there was none. Callers delete what it owns first. */
    boolean delete(ClientId id);
}
