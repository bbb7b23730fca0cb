package io.vigint.core.admin;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.util.Checks;
import java.util.function.UnaryOperator;

/**
 * A client's settings (its rate limit of API calls and its frame-ingest limits). Reading and changing each run in one transaction; a change is
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
        return change(clientId, current -> current.withRateLimitPerMinute(perMinute));
    }

    @Override
    public ClientSettings setIngestLimits(ClientId clientId, Integer framesPerSecond, Long bytesPerSecond) {
        return change(clientId, current -> current.withIngestLimits(framesPerSecond, bytesPerSecond));
    }

    private ClientSettings change(ClientId clientId, UnaryOperator<ClientSettings> change) {
        return ports.transactions().inTransaction(() -> {
            ports.requireClient(clientId);
            settings.putSettings(clientId, change.apply(settings.settingsOf(clientId)));
            ports.notifier().accessChanged(clientId);
            return settings.settingsOf(clientId);
        });
    }
}
