package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.VigintCore;
import io.vigint.core.admin.ClientAdministrationService;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.LoginService;
import io.vigint.core.login.LoginStore;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.login.TokenCheck;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The core's use cases over whatever storage ports are bound (by {@code PersistenceModule}): the system
 * UTC clock, {@link RandomSource#secure()}, and {@link VigintCore} built from them. Tests replace the
 * clock or the randomness with {@code Modules.override}.
 *
 * <p>Optional parts, without conditionals in any module: an {@link AccessChangeNotifier}, when some
 * module binds one (the database adapter does, so that other processes drop cached credentials when
 * the CLI revokes access), else nobody is told; and every {@link ClientDataOwner}, so deleting a client
 * deletes all its data: a storage port that is one (as the database and in-memory storage are), and any
 * added with {@code Multibinder.newSetBinder(binder(), ClientDataOwner.class)}.
 *
 * <p>Likewise optional: {@link ClientSettingsStore}, {@link OperatorKeyStore}, {@link LoginStore} (bound
 * by the database adapter), and {@link PasswordHasher} and {@link AccessTokens} (bound by
 * {@code SecurityModule}). The last two are looked up only when a login is first set or checked, so
 * commands that never need them never load the server's secrets.
 */
public final class CoreModule extends AbstractModule {
    /** Names the optional binding of the access-token lifetime (default {@link LoginService#DEFAULT_TOKEN_LIFETIME}). */
    public static final String TOKEN_LIFETIME = "token-lifetime";

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ClientDataOwner.class);
        OptionalBinder.newOptionalBinder(binder(), AccessChangeNotifier.class);
        OptionalBinder.newOptionalBinder(binder(), ClientSettingsStore.class);
        OptionalBinder.newOptionalBinder(binder(), OperatorKeyStore.class);
        OptionalBinder.newOptionalBinder(binder(), LoginStore.class);
        OptionalBinder.newOptionalBinder(binder(), PasswordHasher.class);
        OptionalBinder.newOptionalBinder(binder(), AccessTokens.class);
        OptionalBinder.newOptionalBinder(binder(), UsageStore.class);
        OptionalBinder.newOptionalBinder(
                        binder(), com.google.inject.Key.get(Duration.class, Names.named(TOKEN_LIFETIME)))
                .setDefault()
                .toInstance(LoginService.DEFAULT_TOKEN_LIFETIME);
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Provides
    @Singleton
    RandomSource random() {
        return RandomSource.secure();
    }

    @Provides
    @Singleton
    VigintCore core(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Set<ClientDataOwner> clientDataOwners,
            Optional<AccessChangeNotifier> accessChanges,
            Optional<ClientSettingsStore> settings,
            Optional<OperatorKeyStore> operatorKeys,
            Optional<LoginStore> logins,
            Optional<Provider<PasswordHasher>> hasher,
            Optional<Provider<AccessTokens>> tokens,
            @Named(TOKEN_LIFETIME) Duration tokenLifetime,
            Clock clock,
            RandomSource random) {
        VigintCore.Builder builder = VigintCore.builder()
                .clients(clients)
                .apiKeys(apiKeys)
                .transactions(transactions)
                .accessChanges(accessChanges.orElse(AccessChangeNotifier.none()))
                .tokenLifetime(tokenLifetime)
                .clock(clock)
                .random(random);
        settings.ifPresent(builder::settings);
        operatorKeys.ifPresent(builder::operatorKeys);
        logins.ifPresent(builder::logins);
        hasher.ifPresent(provider -> builder.passwordHasher(lazyHasher(provider)));
        tokens.ifPresent(provider -> builder.accessTokens(lazyTokens(provider)));
        for (Object port : List.of(clients, apiKeys, transactions)) {
            if (port instanceof ClientDataOwner owner) {
                builder.clientDataOwner(owner);
            }
        }
        clientDataOwners.forEach(builder::clientDataOwner);
        return builder.build();
    }

    private static PasswordHasher lazyHasher(Provider<PasswordHasher> provider) {
        return new PasswordHasher() {
            @Override
            public String hash(char[] password) {
                return provider.get().hash(password);
            }

            @Override
            public boolean verify(char[] password, String encodedHash) {
                return provider.get().verify(password, encodedHash);
            }
        };
    }

    private static AccessTokens lazyTokens(Provider<AccessTokens> provider) {
        return new AccessTokens() {
            @Override
            public IssuedToken issue(ClientId clientId, Instant now, Duration lifetime) {
                return provider.get().issue(clientId, now, lifetime);
            }

            @Override
            public TokenCheck check(String token, Instant now) {
                return provider.get().check(token, now);
            }
        };
    }

    @Provides
    OperatorKeysUseCase operatorKeys(VigintCore core) {
        return core.operatorKeys();
    }

    @Provides
    LoginUseCase login(VigintCore core) {
        return core.login();
    }

    @Provides
    ClientAdministrationService administration(VigintCore core) {
        return core.administration();
    }

    /** Reading usage, over the bound {@link UsageStore} (the database adapter binds one). */
    @Provides
    UsageReportUseCase usageReport(Optional<UsageStore> store) {
        return new UsageReportService(store.orElseThrow(
                () -> new IllegalStateException("no UsageStore is bound (the database adapter binds one)")));
    }

    @Provides
    AuthenticateUseCase authentication(VigintCore core) {
        return core.authentication();
    }
}
