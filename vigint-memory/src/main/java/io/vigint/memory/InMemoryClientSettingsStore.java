package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.port.ClientDataOwner;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Client settings in memory; a client without any has the defaults. */
public final class InMemoryClientSettingsStore implements ClientSettingsStore, ClientDataOwner {
    private final InMemoryTransactions tx;
    private final Map<ClientId, ClientSettings> settings = new ConcurrentHashMap<>();

    public InMemoryClientSettingsStore(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        return settings.getOrDefault(clientId, ClientSettings.defaults());
    }

    @Override
    public void putSettings(ClientId clientId, ClientSettings newSettings) {
        tx.change(() -> tx.put(settings, clientId, newSettings));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        tx.change(() -> tx.remove(settings, clientId));
    }
}
