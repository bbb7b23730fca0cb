package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.NewClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;

/** What every {@link ClientStore} promises. */
public interface ClientStoreContract extends StorageFixture {

    @Test
    default void insertAssignsAnIdAndStoresEveryField() {
        Client stored = clientStore().insert(new NewClient("Acme Corporation", "security@acme.com", "HQ cameras", T0));

        assertThat(stored.id().value()).isPositive();
        assertThat(clientStore().findById(stored.id())).contains(stored);
        assertThat(stored.name()).isEqualTo("Acme Corporation");
        assertThat(stored.email()).isEqualTo("security@acme.com");
        assertThat(stored.description()).isEqualTo("HQ cameras");
        assertThat(stored.active()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(T0);
    }

    @Test
    default void descriptionMayBeAbsent() {
        Client stored = clientStore().insert(new NewClient("No Description", "nd@example.com", null, T0));

        assertThat(clientStore().findById(stored.id()).orElseThrow().description())
                .isNull();
    }

    @Test
    default void idsAreDistinctAndListIsInIdOrder() {
        Client a = clientStore().insert(newClient("Alpha"));
        Client b = clientStore().insert(newClient("Bravo"));
        Client c = clientStore().insert(newClient("Charlie"));

        assertThat(clientStore().list()).containsExactly(a, b, c);
        assertThat(a.id().value()).isLessThan(b.id().value());
    }

    @Test
    default void findByUnknownIdIsEmpty() {
        assertThat(clientStore().findById(new ClientId(987_654))).isEmpty();
    }

    @Test
    default void nameIsUniqueIgnoringCase() {
        clientStore().insert(new NewClient("Acme", "one@acme.com", null, T0));

        assertThatThrownBy(() -> clientStore().insert(new NewClient("ACME", "two@acme.com", null, T0)))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_NAME));
        assertThat(clientStore().list()).hasSize(1);
    }

    @Test
    default void emailIsUniqueIgnoringCase() {
        clientStore().insert(new NewClient("Acme", "security@acme.com", null, T0));

        assertThatThrownBy(() -> clientStore().insert(new NewClient("Other", "Security@ACME.com", null, T0)))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_EMAIL));
        assertThat(clientStore().list()).hasSize(1);
    }

    @Test
    default void updateReplacesFieldsButKeepsCreatedAt() {
        Client stored = clientStore().insert(newClient("Alpha"));
        Client changed = new Client(
                stored.id(), "Alpha Two", "two@alpha.com", null, false, T0.plusSeconds(99), T0.plusSeconds(60));

        assertThat(clientStore().update(changed)).isTrue();

        Client reread = clientStore().findById(stored.id()).orElseThrow();
        assertThat(reread)
                .isEqualTo(new Client(stored.id(), "Alpha Two", "two@alpha.com", null, false, T0, T0.plusSeconds(60)));
    }

    @Test
    default void updateToAnotherClientsNameIsRefusedAndChangesNothing() {
        clientStore().insert(newClient("Alpha"));
        Client bravo = clientStore().insert(newClient("Bravo"));

        Client clash = new Client(bravo.id(), "alpha", bravo.email(), null, true, T0, T0.plusSeconds(1));
        assertThatThrownBy(() -> clientStore().update(clash))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_NAME));
        assertThat(clientStore().findById(bravo.id())).contains(bravo);
    }

    @Test
    default void updateKeepingItsOwnNameInOtherCaseIsAllowed() {
        Client alpha = clientStore().insert(newClient("Alpha"));

        assertThat(clientStore().update(new Client(alpha.id(), "ALPHA", alpha.email(), null, true, T0, T0)))
                .isTrue();
        assertThat(clientStore().findById(alpha.id()).orElseThrow().name()).isEqualTo("ALPHA");
    }

    @Test
    default void updateOfUnknownClientReturnsFalse() {
        Client ghost = new Client(new ClientId(424_242), "Ghost", "ghost@example.com", null, true, T0, T0);

        assertThat(clientStore().update(ghost)).isFalse();
        assertThat(clientStore().list()).isEmpty();
    }

    @Test
    default void deleteRemovesTheClientAndFreesItsNameAndEmail() {
        Client alpha = clientStore().insert(newClient("Alpha"));

        assertThat(clientStore().delete(alpha.id())).isTrue();
        assertThat(clientStore().findById(alpha.id())).isEmpty();
        assertThat(clientStore().delete(alpha.id())).isFalse();
        Client again = clientStore().insert(newClient("Alpha"));
        assertThat(again.id()).isNotEqualTo(alpha.id());
    }
}
