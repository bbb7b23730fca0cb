package io.vigint.security;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.port.SecretCipher;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Binds the core's credential ports: {@link PasswordHasher} to an {@link Argon2PasswordHasher} with
 * OWASP's parameters, {@link AccessTokens} to {@link JwtAccessTokens} signed with the server's key, and
 * {@link SecretCipher} to an {@link AesGcmSecretCipher} keyed from the master key, and
 * {@link ServerSecrets} itself for adapters that need the master key. All are singletons, made on first
 * use: with {@link #SecurityModule(Path, Map)} the secrets are only loaded (or generated) when a
 * credential port is first needed, so commands that never need one never touch them.
 */
public final class SecurityModule extends AbstractModule {
    private final Supplier<ServerSecrets> secrets;

    public SecurityModule(ServerSecrets secrets) {
        Objects.requireNonNull(secrets, "secrets");
        this.secrets = () -> secrets;
    }

    /** Loads the secrets from {@code env} or {@code dataDir} when first needed (see {@link ServerSecrets#load}). */
    public SecurityModule(Path dataDir, Map<String, String> env) {
        Objects.requireNonNull(dataDir, "dataDir");
        Map<String, String> environment = Map.copyOf(env);
        this.secrets = () -> ServerSecrets.load(dataDir, environment);
    }

    @Provides
    @Singleton
    ServerSecrets serverSecrets() {
        return secrets.get();
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Provides
    @Singleton
    AccessTokens accessTokens(ServerSecrets serverSecrets) {
        return withKey(serverSecrets.jwtSigningKey(), JwtAccessTokens::new);
    }

    @Provides
    @Singleton
    SecretCipher secretCipher(ServerSecrets serverSecrets) {
        return withKey(serverSecrets.masterKey(), AesGcmSecretCipher::new);
    }

    /** What {@code make} builds from {@code key}; the key copy is zeroed afterwards, whatever happens. */
    private static <T> T withKey(byte[] key, Function<byte[], T> make) {
        try {
            return make.apply(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
