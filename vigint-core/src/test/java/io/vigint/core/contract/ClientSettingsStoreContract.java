package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.port.ClientDataOwner;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ClientSettingsStore} promises, and that the adapter's {@link ClientDataOwner}
 * clears settings and logins with the client.
 */
public interface ClientSettingsStoreContract extends StorageFixture {
    ClientSettingsStore clientSettingsStore();

    ClientDataOwner clientDataOwner();

    @Test
    default void settingsDefaultUntilPutAndCanBeResetToDefault() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));

        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(ClientSettings.defaults());
        clientSettingsStore().putSettings(acme.id(), new ClientSettings(120));
        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(new ClientSettings(120));
        assertThat(clientSettingsStore().settingsOf(beta.id())).isEqualTo(ClientSettings.defaults());
        clientSettingsStore().putSettings(acme.id(), ClientSettings.defaults());
        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(ClientSettings.defaults());
    }

    @Test
    default void ingestLimitsAreStoredBesideTheRateLimit() {
        Client acme = clientStore().insert(newClient("Acme"));

        clientSettingsStore()
                .putSettings(acme.id(), new ClientSettings(120, 25, ClientSettings.MAX_INGEST_BYTES_PER_SECOND));
        assertThat(clientSettingsStore().settingsOf(acme.id()))
                .isEqualTo(new ClientSettings(120, 25, ClientSettings.MAX_INGEST_BYTES_PER_SECOND));
        clientSettingsStore().putSettings(acme.id(), new ClientSettings(null, null, 1L));
        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(new ClientSettings(null, null, 1L));
        clientSettingsStore().putSettings(acme.id(), new ClientSettings(null, 5, null));
        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(new ClientSettings(null, 5, null));
    }

    @Test
    default void deletingClientDataClearsItsSettings() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        clientSettingsStore().putSettings(acme.id(), new ClientSettings(5));
        clientSettingsStore().putSettings(beta.id(), new ClientSettings(7));

        transactions().run(() -> clientDataOwner().deleteClientData(acme.id()));

        assertThat(clientSettingsStore().settingsOf(acme.id())).isEqualTo(ClientSettings.defaults());
        assertThat(clientSettingsStore().settingsOf(beta.id())).isEqualTo(new ClientSettings(7));
    }
}
