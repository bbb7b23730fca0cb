package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.login.SetLoginCommand;
import io.vigint.core.login.TokenCheck;
import io.vigint.core.port.SecretCipher;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityModuleTest {
    @TempDir
    Path dataDir;

    @Test
    void bindsArgon2AndJwtTokensSignedWithTheServersKey() {
        ServerSecrets secrets = ServerSecrets.load(dataDir, Map.of());
        Injector injector = Guice.createInjector(new SecurityModule(secrets));

        PasswordHasher hasher = injector.getInstance(PasswordHasher.class);
        AccessTokens tokens = injector.getInstance(AccessTokens.class);

        assertThat(hasher).isInstanceOf(Argon2PasswordHasher.class);
        assertThat(hasher).isSameAs(injector.getInstance(PasswordHasher.class));
        assertThat(tokens).isInstanceOf(JwtAccessTokens.class);
        assertThat(tokens).isSameAs(injector.getInstance(AccessTokens.class));
        assertThat(injector.getInstance(ServerSecrets.class)).isSameAs(secrets);

        String token = tokens.issue(new ClientId(3), Fixtures.T0, Duration.ofMinutes(5))
                .accessToken();
        JwtAccessTokens sameKey =
                new JwtAccessTokens(ServerSecrets.load(dataDir, Map.of()).jwtSigningKey());
        assertThat(sameKey.check(token, Fixtures.T0)).isEqualTo(new TokenCheck.Valid(new ClientId(3)));
    }

    @Test
    void aRestartedServerAcceptsTokensIssuedBeforeTheRestart() {
        AccessTokens before = Guice.createInjector(new SecurityModule(ServerSecrets.load(dataDir, Map.of())))
                .getInstance(AccessTokens.class);
        String token = before.issue(new ClientId(9), Fixtures.T0, Duration.ofMinutes(5))
                .accessToken();

        AccessTokens after = Guice.createInjector(new SecurityModule(ServerSecrets.load(dataDir, Map.of())))
                .getInstance(AccessTokens.class);

        assertThat(after.check(token, Fixtures.T0)).isEqualTo(new TokenCheck.Valid(new ClientId(9)));
    }

    @Test
    void theCoreLogsClientsInWithTheseAdapters() {
        Injector injector = Guice.createInjector(new SecurityModule(ServerSecrets.load(dataDir, Map.of())));
        MutableClock clock = new MutableClock(Fixtures.T0);
        VigintCore vigint = VigintCore.builder()
                .storage(new InMemoryStorage())
                .passwordHasher(new Argon2PasswordHasher(1024, 1, 1))
                .accessTokens(injector.getInstance(AccessTokens.class))
                .clock(clock)
                .build();
        ClientId acme = vigint.clients()
                .createClient(new CreateClientCommand("Acme", "security@acme.com", null))
                .client()
                .id();
        vigint.login().setLogin(new SetLoginCommand(acme, "acme-ops", "correct horse battery".toCharArray()));

        IssuedToken token = vigint.login().login("acme-ops", "correct horse battery".toCharArray());

        assertThat(vigint.login().authenticateToken(token.accessToken()))
                .isInstanceOfSatisfying(
                        AuthenticationResult.Authenticated.class,
                        ok -> assertThat(ok.client().id()).isEqualTo(acme));
        clock.advance(Duration.ofMinutes(60));
        assertThat(vigint.login().authenticateToken(token.accessToken()))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.TOKEN_EXPIRED));
        assertThat(vigint.login().authenticateToken(token.accessToken() + "x"))
                .isEqualTo(new AuthenticationResult.Rejected(CoreErrorCode.INVALID_TOKEN));
    }

    @Test
    void secretCipherIsKeyedFromTheMasterKeySoARestartCanDecrypt() {
        SecretCipher before =
                Guice.createInjector(new SecurityModule(dataDir, Map.of())).getInstance(SecretCipher.class);
        String sealed = before.encrypt("key-1234567890abcdef");

        Injector restarted = Guice.createInjector(new SecurityModule(dataDir, Map.of()));
        SecretCipher after = restarted.getInstance(SecretCipher.class);

        assertThat(after).isSameAs(restarted.getInstance(SecretCipher.class));
        assertThat(after.decrypt(sealed)).isEqualTo("key-1234567890abcdef");
        assertThat(sealed).doesNotContain("1234567890");
    }

    @Test
    void secretCipherFollowsVigintMasterKeyFromTheEnvironment() throws Exception {
        String envKey = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        Path otherDir = Files.createDirectory(dataDir.resolve("other"));
        SecretCipher fromEnv = Guice.createInjector(
                        new SecurityModule(dataDir, Map.of(ServerSecrets.MASTER_KEY_ENV, envKey)))
                .getInstance(SecretCipher.class);
        SecretCipher sameEnv = Guice.createInjector(
                        new SecurityModule(otherDir, Map.of(ServerSecrets.MASTER_KEY_ENV, envKey)))
                .getInstance(SecretCipher.class);
        SecretCipher generated =
                Guice.createInjector(new SecurityModule(otherDir, Map.of())).getInstance(SecretCipher.class);

        String sealed = fromEnv.encrypt("secret");

        assertThat(sameEnv.decrypt(sealed)).isEqualTo("secret");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> generated.decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }
}
