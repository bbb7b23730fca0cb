package io.vigint.core.admin;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import java.util.Objects;

/**
 * A client's settings (its rate limit). Reading and changing each run in one transaction; a change is
 * announced to the {@link AccessChangeNotifier} inside it, so cached limits are dropped.
 */
public final class ClientSettingsService implements ClientSettingsUseCase {
    private final ClientPorts ports;
    private final ClientSettingsStore settings;

    public ClientSettingsService(ClientPorts ports, ClientSettingsStore settings) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        return ports.transactions().inTransaction(() -> {
            ports.requireClient(clientId);
            return settings.settingsOf(clientId);
        });
    }

    @Override
    public ClientSettings setRateLimit(ClientId clientId, Integer perMinute) {
        return ports.transactions().inTransaction(() -> {
            ports.requireClient(clientId);
            settings.putSettings(clientId, new ClientSettings(perMinute));
            ports.notifier().accessChanged(clientId);
            return settings.settingsOf(clientId);
        });
    }
}
