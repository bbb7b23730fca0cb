package io.vigint.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.VigintCore;
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
import io.vigint.core.memory.InMemoryAccessChanges;
import io.vigint.core.memory.InMemoryStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Updating clients, their settings, and the access-change announcements of every use case. */
class ClientChangesTest {
    private final List<ClientId> announced = new ArrayList<>();
    private InMemoryStorage storage;
    private ClientAdministrationService admin;
    private CreatedClient acme;

    @BeforeEach
    void setUp() {
        storage = new InMemoryStorage();
        InMemoryAccessChanges changes = new InMemoryAccessChanges();
        changes.subscribe(announced::add);
        admin = VigintCore.builder()
                .storage(storage)
                .accessChanges(changes)
                .build()
                .administration();
        acme = admin.createClient(new CreateClientCommand("Acme", "security@acme.com", "HQ"));
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        Client updated =
                admin.updateClient(new UpdateClientCommand(acme.client().id(), "Acme Two", null, null));

        assertThat(updated.name()).isEqualTo("Acme Two");
        assertThat(updated.email()).isEqualTo("security@acme.com");
        assertThat(updated.description()).isEqualTo("HQ");
        assertThat(admin.updateClient(new UpdateClientCommand(acme.client().id(), null, null, ""))
                        .description())
                .isNull();
    }

    @Test
    void updateToAnotherClientsNameIsRefused() {
        admin.createClient(new CreateClientCommand("Beta", "beta@example.com", null));

        assertThatThrownBy(() ->
                        admin.updateClient(new UpdateClientCommand(acme.client().id(), "BETA", null, null)))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_NAME));
        assertThat(admin.getClient(acme.client().id()).client().name()).isEqualTo("Acme");
    }

    @Test
    void rateLimitIsSetResetAndBounded() {
        assertThat(admin.settingsOf(acme.client().id())).isEqualTo(ClientSettings.defaults());
        assertThat(admin.setRateLimit(acme.client().id(), 120).rateLimitPerMinute())
                .isEqualTo(120);
        assertThat(admin.setRateLimit(acme.client().id(), null)).isEqualTo(ClientSettings.defaults());
        assertThatThrownBy(() -> admin.setRateLimit(acme.client().id(), 0)).isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> admin.setRateLimit(new ClientId(999), 10))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.CLIENT_NOT_FOUND));
    }

    @Test
    void everyChangeThatCanTakeAccessAwayIsAnnounced() {
        ClientId id = acme.client().id();

        admin.revokeAccess(AccessCommand.oneKey(id, acme.apiKey().key().id()));
        admin.reactivateAccess(AccessCommand.wholeClient(id));
        admin.revokeAccess(AccessCommand.wholeClient(id));
        admin.reactivateAccess(AccessCommand.oneKey(id, acme.apiKey().key().id()));
        admin.rotateApiKey(new RotateApiKeyCommand(acme.apiKey().key().id(), null));
        admin.updateClient(new UpdateClientCommand(id, "Renamed", null, null));
        admin.setRateLimit(id, 10);
        admin.deleteClient(id);

        assertThat(announced).hasSize(8).containsOnly(id);
    }

    @Test
    void deletingAClientClearsItsSettings() {
        admin.setRateLimit(acme.client().id(), 30);

        admin.deleteClient(acme.client().id());

        assertThat(storage.settingsOf(acme.client().id())).isEqualTo(ClientSettings.defaults());
    }
}
