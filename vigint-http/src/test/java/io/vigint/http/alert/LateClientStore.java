package io.vigint.http.alert;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ClientStore} that forwards to the test server's storage once it exists (the alert service is
 * built while the server starts, before the test can hand it the storage).
 */
final class LateClientStore implements ClientStore {
    private volatile ClientStore target;

    void set(ClientStore store) {
        this.target = store;
    }

    @Override
    public Client insert(NewClient client) {
        return target.insert(client);
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return target.findById(id);
    }

    @Override
    public List<Client> list() {
        return target.list();
    }

    @Override
    public boolean update(Client client) {
        return target.update(client);
    }

    @Override
    public boolean delete(ClientId id) {
        return target.delete(id);
    }
}
