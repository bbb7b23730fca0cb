package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.key.KeyHash;
import io.vigint.core.port.ClientDataOwner;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmailChangeStore} promises: one pending change per client, found by client and by
 * token hash and read back field for field; a new one replaces the old (whose token then finds nothing);
 * deleted on request and with its client.
 */
public interface EmailChangeStoreContract extends StorageFixture {
    EmailChangeStore emailChangeStore();

    /** The owner the core calls before deleting a client (the storage itself; the schema may cascade). */
    ClientDataOwner emailChangeOwner();

    private Client client(String name) {
        return transactions().inTransaction(() -> clientStore().insert(newClient(name)));
    }

    private static PendingEmailChange change(Client client, String email, String token) {
        return new PendingEmailChange(client.id(), email, KeyHash.of(token), T0, T0.plus(Duration.ofHours(48)));
    }

    @Test
    default void aPendingChangeIsFoundByClientAndByTokenHash() {
        Client acme = client("Acme");
        PendingEmailChange change = change(acme, "new@acme.test", "token-1");

        transactions().run(() -> emailChangeStore().putEmailChange(change));

        assertThat(emailChangeStore().findEmailChange(acme.id())).contains(change);
        assertThat(emailChangeStore().findEmailChangeByToken(KeyHash.of("token-1")))
                .contains(change);
        assertThat(emailChangeStore().findEmailChangeByToken(KeyHash.of("token-2")))
                .isEmpty();
    }

    @Test
    default void aNewChangeReplacesTheOldOneAndItsToken() {
        Client acme = client("Acme");
        transactions().run(() -> emailChangeStore().putEmailChange(change(acme, "first@acme.test", "token-1")));
        PendingEmailChange second = change(acme, "second@acme.test", "token-2");

        transactions().run(() -> emailChangeStore().putEmailChange(second));

        assertThat(emailChangeStore().findEmailChange(acme.id())).contains(second);
        assertThat(emailChangeStore().findEmailChangeByToken(KeyHash.of("token-1")))
                .isEmpty();
    }

    @Test
    default void deletingForgetsTheChange() {
        Client acme = client("Acme");
        Client beta = client("Beta");
        transactions().run(() -> emailChangeStore().putEmailChange(change(acme, "new@acme.test", "token-1")));
        transactions().run(() -> emailChangeStore().putEmailChange(change(beta, "new@beta.test", "token-2")));

        assertThat(transactions().inTransaction(() -> emailChangeStore().deleteEmailChange(acme.id())))
                .isTrue();
        assertThat(transactions().inTransaction(() -> emailChangeStore().deleteEmailChange(acme.id())))
                .isFalse();

        assertThat(emailChangeStore().findEmailChange(acme.id())).isEmpty();
        assertThat(emailChangeStore().findEmailChangeByToken(KeyHash.of("token-1")))
                .isEmpty();
        assertThat(emailChangeStore().findEmailChange(beta.id())).isPresent();
    }

    @Test
    default void theChangeGoesWithItsClient() {
        Client acme = client("Acme");
        transactions().run(() -> emailChangeStore().putEmailChange(change(acme, "new@acme.test", "token-1")));

        transactions().run(() -> {
            emailChangeOwner().deleteClientData(acme.id());
            apiKeyStore().deleteByClient(acme.id());
            clientStore().delete(acme.id());
        });

        assertThat(emailChangeStore().findEmailChangeByToken(KeyHash.of("token-1")))
                .isEmpty();
        assertThat(emailChangeStore().findEmailChange(acme.id())).isEmpty();
    }
}
