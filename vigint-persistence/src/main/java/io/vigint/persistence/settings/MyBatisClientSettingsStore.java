package io.vigint.persistence.settings;

import static io.vigint.persistence.SqlFailures.call;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.port.ClientDataOwner;
import java.util.Objects;

/**
 * {@link ClientSettingsStore} over the {@code client_settings} table: a client without a row has the
 * defaults. As a {@link ClientDataOwner} it deletes the client's row.
 */
public record MyBatisClientSettingsStore(ClientSettingsMapper settings)
        implements ClientSettingsStore, ClientDataOwner {
    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        ClientSettingsRow row = call(() -> settings.findByClient(clientId.value()));
        return row == null
                ? ClientSettings.defaults()
                : new ClientSettings(row.rateLimitPerMinute(), row.ingestFramesPerSecond(), row.ingestBytesPerSecond());
    }

    @Override
    public void putSettings(ClientId clientId, ClientSettings newSettings) {
        Objects.requireNonNull(newSettings, "newSettings");
        call(() -> settings.upsert(new ClientSettingsRow(
                clientId.value(),
                newSettings.rateLimitPerMinute(),
                newSettings.ingestFramesPerSecond(),
                newSettings.ingestBytesPerSecond())));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        call(() -> settings.deleteByClient(clientId.value()));
    }
}
