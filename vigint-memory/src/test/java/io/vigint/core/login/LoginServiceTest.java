package io.vigint.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestCredentials;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginServiceTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private MutableClock clock;
    private InMemoryStorage storage;
    private VigintCore vigint;
    private ClientId acme;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(Fixtures.T0);
        storage = new InMemoryStorage();
        vigint = VigintCore.builder()
                .storage(storage)
                .passwordHasher(TestCredentials.pbkdf2())
                .accessTokens(TestCredentials.hmacTokens())
                .clock(clock)
                .build();
        acme = vigint.clients()
                .createClient(new CreateClientCommand("Acme", "security@acme.com", null))
                .client()
                .id();
    }

    private static void assertFails(ErrorCode code, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    void aClientLogsInAndItsTokenAuthenticatesUntilItExpires() {
        vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", PASSWORD));

        IssuedToken token = vigint.login().login("ACME-ops", PASSWORD);

        assertThat(token.expiresInSeconds()).isEqualTo(3600);
        assertThat(vigint.login().authenticateToken(token.accessToken()))
                .isInstanceOfSatisfying(AuthenticationResult.Authenticated.class, ok -> {
                    assertThat(ok.client().id()).isEqualTo(acme);
                    assertThat(ok.key()).isNull();
                });
        clock.advance(Duration.ofMinutes(60));
        assertThat(vigint.login().authenticateToken(token.accessToken()))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.TOKEN_EXPIRED));
    }

    @Test
    void thePasswordIsStoredOnlyAsAHash() {
        LoginCredential login = vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", PASSWORD));

        assertThat(storage.findLoginByClient(acme).orElseThrow().passwordHash()).doesNotContain(new String(PASSWORD));
        assertThat(login.toString()).doesNotContain(login.passwordHash());
    }

    @Test
    void wrongPasswordUnknownUserAndRevokedClientAllGetTheSameError() {
        vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", PASSWORD));

        assertFails(CoreErrorCode.INVALID_CREDENTIALS, () -> vigint.login()
                .login("acme-ops", "wrong password!".toCharArray()));
        assertFails(CoreErrorCode.INVALID_CREDENTIALS, () -> vigint.login().login("nobody", PASSWORD));
        assertFails(CoreErrorCode.INVALID_CREDENTIALS, () -> vigint.login().login("", PASSWORD));
        vigint.access().revokeAccess(AccessCommand.wholeClient(acme));
        assertFails(CoreErrorCode.INVALID_CREDENTIALS, () -> vigint.login().login("acme-ops", PASSWORD));
    }

    @Test
    void aRevokedClientsTokensStopWorkingAtOnce() {
        vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", PASSWORD));
        IssuedToken token = vigint.login().login("acme-ops", PASSWORD);

        vigint.access().revokeAccess(AccessCommand.wholeClient(acme));

        assertThat(vigint.login().authenticateToken(token.accessToken()))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.KEY_REVOKED));
    }

    @Test
    void forgedOrGarbageTokensAreInvalid() {
        assertThat(vigint.login().authenticateToken("garbage"))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN));
        IssuedToken foreign = TestCredentials.hmacTokens().issue(acme, clock.instant(), Duration.ofMinutes(5));
        assertThat(vigint.login().authenticateToken(foreign.accessToken()))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN));
    }

    @Test
    void usernamesAreUniqueAcrossClients() {
        ClientId beta = vigint.clients()
                .createClient(new CreateClientCommand("Beta", "beta@example.com", null))
                .client()
                .id();
        vigint.login().setLogin(new SetLoginCommand(acme, "ops", PASSWORD));

        assertFails(CoreErrorCode.DUPLICATE_USERNAME, () -> vigint.login()
                .setLogin(new SetLoginCommand(beta, "OPS", PASSWORD)));
        assertFails(CoreErrorCode.CLIENT_NOT_FOUND, () -> vigint.login()
                .setLogin(new SetLoginCommand(new ClientId(999), "x-ops", PASSWORD)));
    }

    @Test
    void weakOrMalformedInputIsRefused() {
        assertFails(CoreErrorCode.VALIDATION_FAILED, () -> new SetLoginCommand(acme, "ok-name", "short".toCharArray()));
        assertFails(CoreErrorCode.VALIDATION_FAILED, () -> new SetLoginCommand(acme, "a b", PASSWORD));
        assertFails(CoreErrorCode.VALIDATION_FAILED, () -> new SetLoginCommand(acme, "ab", PASSWORD));
        assertThat(new SetLoginCommand(acme, "ok-name", PASSWORD).toString()).doesNotContain(new String(PASSWORD));
    }

    @Test
    void deletingTheClientDeletesItsLogin() {
        vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", PASSWORD));

        vigint.clients().deleteClient(acme);

        assertThat(storage.findLoginByUsername("acme-ops")).isEmpty();
        assertFails(CoreErrorCode.INVALID_CREDENTIALS, () -> vigint.login().login("acme-ops", PASSWORD));
    }
}
