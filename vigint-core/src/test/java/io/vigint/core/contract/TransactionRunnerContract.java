package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.newClient;
import static io.vigint.core.contract.Fixtures.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.port.TransactionRunner;
import org.junit.jupiter.api.Test;

/** What every {@link TransactionRunner} promises over the storage ports of the same adapter. */
public interface TransactionRunnerContract extends StorageFixture {

    @Test
    default void committedWorkIsKeptAndItsResultReturned() {
        Client stored = transactions().inTransaction(() -> clientStore().insert(newClient("Alpha")));

        assertThat(clientStore().findById(stored.id())).contains(stored);
    }

    @Test
    default void workThatThrowsLeavesNothingBehind() {
        Client existing = clientStore().insert(newClient("Existing"));
        var existingKey = apiKeyStore().insert(newKey(existing.id(), null));

        assertThatThrownBy(() -> transactions().run(() -> {
                    Client added = clientStore().insert(newClient("Doomed"));
                    apiKeyStore().insert(newKey(added.id(), null));
                    apiKeyStore().updateStatus(existingKey.id(), ApiKeyStatus.REVOKED);
                    clientStore().update(existing.withActive(false, existing.updatedAt()));
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");

        assertThat(clientStore().list()).containsExactly(existing);
        assertThat(apiKeyStore().listAll()).containsExactly(existingKey);
    }

    @Test
    default void nestedTransactionsJoinTheOuterOne() {
        assertThatThrownBy(() -> transactions().run(() -> {
                    transactions().run(() -> clientStore().insert(newClient("Inner")));
                    throw new IllegalStateException("outer fails");
                }))
                .hasMessage("outer fails");

        assertThat(clientStore().list()).isEmpty();
    }
}
