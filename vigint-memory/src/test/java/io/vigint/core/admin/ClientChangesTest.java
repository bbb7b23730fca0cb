package io.vigint.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.UpdateClientCommand;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.port.RandomSource;
import io.vigint.memory.InMemoryAccessChanges;
import io.vigint.memory.InMemoryStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Updating clients, their settings, and the access-change announcements of every use case. */
class ClientChangesTest {
    private final List<ClientId> announced = new ArrayList<>();
    private InMemoryStorage storage;
    private ClientLifecycleService clients;
    private ClientAccessService access;
    private ApiKeyService keys;
    private ClientSettingsService settings;
    private CreatedClient acme;

    @BeforeEach
    void setUp() {
        storage = new InMemoryStorage();
        InMemoryAccessChanges changes = new InMemoryAccessChanges();
        changes.subscribe(announced::add);
        ClientPorts ports = new ClientPorts(storage, storage, storage, Clock.systemUTC(), changes);
        clients = new ClientLifecycleService(ports, RandomSource.secure(), List.of(storage));
        access = new ClientAccessService(ports);
        keys = new ApiKeyService(ports, RandomSource.secure());
        settings = new ClientSettingsService(ports, storage);
        acme = clients.createClient(new CreateClientCommand("Acme", "security@acme.com", "HQ"));
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        Client updated =
                clients.updateClient(new UpdateClientCommand(acme.client().id(), "Acme Two", null, null));

        assertThat(updated.name()).isEqualTo("Acme Two");
        assertThat(updated.email()).isEqualTo("security@acme.com");
        assertThat(updated.description()).isEqualTo("HQ");
        assertThat(clients.updateClient(new UpdateClientCommand(acme.client().id(), null, null, ""))
                        .description())
                .isNull();
    }

    @Test
    void updateToAnotherClientsNameIsRefused() {
        clients.createClient(new CreateClientCommand("Beta", "beta@example.com", null));

        assertThatThrownBy(() -> clients.updateClient(
                        new UpdateClientCommand(acme.client().id(), "BETA", null, null)))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_NAME));
        assertThat(clients.getClient(acme.client().id()).client().name()).isEqualTo("Acme");
    }

    @Test
    void rateLimitIsSetResetAndBounded() {
        assertThat(settings.settingsOf(acme.client().id())).isEqualTo(ClientSettings.defaults());
        assertThat(settings.setRateLimit(acme.client().id(), 120).rateLimitPerMinute())
                .isEqualTo(120);
        assertThat(settings.setRateLimit(acme.client().id(), null)).isEqualTo(ClientSettings.defaults());
        assertThatThrownBy(() -> settings.setRateLimit(acme.client().id(), 0)).isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> settings.setRateLimit(new ClientId(999), 10))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void ingestLimitsAndTheRateLimitAreSetIndependently() {
        ClientId id = acme.client().id();
        settings.setRateLimit(id, 120);

        assertThat(settings.setIngestLimits(id, 25, 1_000_000L)).isEqualTo(new ClientSettings(120, 25, 1_000_000L));
        assertThat(settings.setRateLimit(id, null)).isEqualTo(new ClientSettings(null, 25, 1_000_000L));
        assertThat(settings.setIngestLimits(id, null, 2L)).isEqualTo(new ClientSettings(null, null, 2L));
        assertThatThrownBy(() -> settings.setIngestLimits(id, 0, null))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.details())
                        .containsEntry("field", "frames_per_second"));
        assertThatThrownBy(() -> settings.setIngestLimits(id, null, 0L))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", "bytes_per_second"));
        assertThat(settings.settingsOf(id)).isEqualTo(new ClientSettings(null, null, 2L));
        assertThatThrownBy(() -> settings.setIngestLimits(new ClientId(999), 10, null))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void everyChangeThatCanTakeAccessAwayIsAnnounced() {
        ClientId id = acme.client().id();

        access.revokeAccess(AccessCommand.oneKey(id, acme.apiKey().key().id()));
        access.reactivateAccess(AccessCommand.wholeClient(id));
        access.revokeAccess(AccessCommand.wholeClient(id));
        access.reactivateAccess(AccessCommand.oneKey(id, acme.apiKey().key().id()));
        keys.rotateApiKey(new RotateApiKeyCommand(acme.apiKey().key().id(), null));
        clients.updateClient(new UpdateClientCommand(id, "Renamed", null, null));
        settings.setRateLimit(id, 10);
        settings.setIngestLimits(id, 10, null);
        clients.deleteClient(id);

        assertThat(announced).hasSize(9).containsOnly(id);
    }

    @Test
    void deletingAClientClearsItsSettings() {
        settings.setRateLimit(acme.client().id(), 30);

        clients.deleteClient(acme.client().id());

        assertThat(storage.settingsOf(acme.client().id())).isEqualTo(ClientSettings.defaults());
    }
}
