package io.vigint.security;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.PasswordHasher;
import java.util.Arrays;
import java.util.Objects;

/**
 * Binds the core's credential ports: {@link PasswordHasher} to an {@link Argon2PasswordHasher} with
 * OWASP's parameters, {@link AccessTokens} to {@link JwtAccessTokens} signed with the server's key, and
 * {@link ServerSecrets} itself for adapters that need the master key. All are singletons.
 */
public final class SecurityModule extends AbstractModule {
    private final ServerSecrets secrets;

    public SecurityModule(ServerSecrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    @Override
    protected void configure() {
        bind(ServerSecrets.class).toInstance(secrets);
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Provides
    @Singleton
    AccessTokens accessTokens() {
        byte[] key = secrets.jwtSigningKey();
        try {
            return new JwtAccessTokens(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
