package io.vigint.core.admin;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.util.Checks;

/**
 * A client's settings (its rate limit). Reading and changing each run in one transaction; a change is
 * announced to the {@link AccessChangeNotifier} inside it, so cached limits are dropped.
 */
public record ClientSettingsService(ClientPorts ports, ClientSettingsStore settings) implements ClientSettingsUseCase {
    public ClientSettingsService {
        Checks.nonNull("ports settings", ports, settings);
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
