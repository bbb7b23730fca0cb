package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginStore;
import org.junit.jupiter.api.Test;

/** What every {@link LoginStore} promises. */
public interface LoginStoreContract extends StorageFixture {
    LoginStore loginStore();

    @Test
    default void aLoginIsFoundByClientAndByUsernameIgnoringCase() {
        Client acme = clientStore().insert(newClient("Acme"));
        LoginCredential login = new LoginCredential(acme.id(), "Acme.Ops", "$argon2id$v=19$hash", T0);

        loginStore().putLogin(login);

        assertThat(loginStore().findLoginByClient(acme.id())).contains(login);
        assertThat(loginStore().findLoginByUsername("acme.ops")).contains(login);
        assertThat(loginStore().findLoginByUsername("ACME.OPS")).contains(login);
        assertThat(loginStore().findLoginByUsername("nobody")).isEmpty();
    }

    @Test
    default void puttingAgainReplacesTheClientsLoginAndFreesTheOldUsername() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        loginStore().putLogin(new LoginCredential(acme.id(), "first", "h1", T0));

        LoginCredential second = new LoginCredential(acme.id(), "second", "h2", T0.plusSeconds(5));
        loginStore().putLogin(second);

        assertThat(loginStore().findLoginByClient(acme.id())).contains(second);
        assertThat(loginStore().findLoginByUsername("first")).isEmpty();
        loginStore().putLogin(new LoginCredential(beta.id(), "first", "h3", T0));
        assertThat(loginStore().findLoginByUsername("first").orElseThrow().clientId())
                .isEqualTo(beta.id());
    }

    @Test
    default void aUsernameHeldByAnotherClientIsRefusedAndChangesNothing() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        LoginCredential acmeLogin = new LoginCredential(acme.id(), "shared", "h1", T0);
        loginStore().putLogin(acmeLogin);

        assertThatThrownBy(() -> loginStore().putLogin(new LoginCredential(beta.id(), "SHARED", "h2", T0)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.DUPLICATE_USERNAME));

        assertThat(loginStore().findLoginByUsername("shared")).contains(acmeLogin);
        assertThat(loginStore().findLoginByClient(beta.id())).isEmpty();
    }

    @Test
    default void deletingALoginRemovesOnlyThatClientsLogin() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        loginStore().putLogin(new LoginCredential(acme.id(), "acme", "h1", T0));
        LoginCredential betaLogin = new LoginCredential(beta.id(), "beta", "h2", T0);
        loginStore().putLogin(betaLogin);

        assertThat(loginStore().deleteLogin(acme.id())).isTrue();
        assertThat(loginStore().deleteLogin(acme.id())).isFalse();

        assertThat(loginStore().findLoginByUsername("acme")).isEmpty();
        assertThat(loginStore().findLoginByClient(beta.id())).contains(betaLogin);
    }
}
