package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.admin.ApiKeyService;
import io.vigint.core.admin.ClientAccessService;
import io.vigint.core.admin.ClientLifecycleService;
import io.vigint.core.admin.ClientPorts;
import io.vigint.core.admin.ClientSettingsService;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.LoginService;
import io.vigint.core.login.LoginStore;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.operator.OperatorKeyService;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.usage.UsageReportService;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageStore;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The core's use cases, each bound on its own to the service that owns its concern, over whatever storage
 * ports are bound (by {@code PersistenceModule}); plus the system UTC clock and {@link RandomSource#secure()}.
 * Tests replace the clock or the randomness with {@code Modules.override}. The services know nothing of
 * Guice: they are built by the provider methods below.
 *
 * <p>Optional ports, without conditionals in any module: an {@link AccessChangeNotifier}, when some
 * module binds one (the database adapter does, so that other processes drop cached credentials when the
 * CLI revokes access), else nobody is told; and every {@link ClientDataOwner}, so deleting a client
 * deletes all its data: a storage port that is one (as the database and in-memory storage are), and any
 * added with {@code Multibinder.newSetBinder(binder(), ClientDataOwner.class)}; and a {@link CredentialLookup}
 * (the database adapter binds its one-query lookup of a key with its client), else authentication reads the key
 * store, then the client store.
 *
 * <p>Optional features, as {@link OptionalBinder}s whose default is absent unless their ports are bound:
 * {@link OperatorKeysUseCase} needs an {@link OperatorKeyStore}; {@link LoginUseCase} needs a {@link
 * LoginStore} (bound by the database adapter) and a {@link PasswordHasher} and {@link AccessTokens} (bound
 * by {@code SecurityModule}). The last two are asked of their providers only when a login is first set or
 * checked, so commands that never need them never load the server's secrets. {@link ClientSettingsUseCase}
 * needs a {@link ClientSettingsStore}.
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
        OptionalBinder.newOptionalBinder(binder(), CredentialLookup.class);
        OptionalBinder.newOptionalBinder(binder(), Key.get(Duration.class, Names.named(TOKEN_LIFETIME)))
                .setDefault()
                .toInstance(LoginService.DEFAULT_TOKEN_LIFETIME);

        bind(CreateClientUseCase.class).to(ClientLifecycleService.class);
        bind(ListClientsUseCase.class).to(ClientLifecycleService.class);
        bind(UpdateClientUseCase.class).to(ClientLifecycleService.class);
        bind(DeleteClientUseCase.class).to(ClientLifecycleService.class);
        bind(RevokeAccessUseCase.class).to(ClientAccessService.class);
        bind(ReactivateAccessUseCase.class).to(ClientAccessService.class);
        bind(IssueApiKeyUseCase.class).to(ApiKeyService.class);
        bind(ListApiKeysUseCase.class).to(ApiKeyService.class);
        bind(RotateApiKeyUseCase.class).to(ApiKeyService.class);
        bind(ClientSettingsUseCase.class).to(ClientSettingsService.class);
        bind(AuthenticateUseCase.class).to(AuthenticationService.class);
        OptionalBinder.newOptionalBinder(binder(), OperatorKeysUseCase.class)
                .setDefault()
                .toProvider(OperatorKeysWhenStored.class)
                .in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), LoginUseCase.class)
                .setDefault()
                .toProvider(LoginsWhenWired.class)
                .in(Singleton.class);
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

    /** The ports the operator's services share; nobody is told of access changes unless a notifier is bound. */
    @Provides
    @Singleton
    ClientPorts clientPorts(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Clock clock,
            Optional<AccessChangeNotifier> notifier) {
        return new ClientPorts(clients, apiKeys, transactions, clock, notifier.orElse(AccessChangeNotifier.none()));
    }

    /** Deleting a client clears the data of every storage port that owns some, and of every contributed owner. */
    @Provides
    @Singleton
    ClientLifecycleService clientLifecycle(ClientPorts ports, RandomSource random, Set<ClientDataOwner> contributed) {
        List<ClientDataOwner> owners = new ArrayList<>();
        for (Object port : List.of(ports.clients(), ports.apiKeys(), ports.transactions())) {
            if (port instanceof ClientDataOwner owner && !owners.contains(owner)) {
                owners.add(owner);
            }
        }
        contributed.stream().filter(owner -> !owners.contains(owner)).forEach(owners::add);
        return new ClientLifecycleService(ports, random, owners);
    }

    @Provides
    @Singleton
    ClientAccessService clientAccess(ClientPorts ports) {
        return new ClientAccessService(ports);
    }

    @Provides
    @Singleton
    ApiKeyService apiKeys(ClientPorts ports, RandomSource random) {
        return new ApiKeyService(ports, random);
    }

    /** Client settings, over the bound {@link ClientSettingsStore} (the database adapter binds one). */
    @Provides
    @Singleton
    ClientSettingsService clientSettings(ClientPorts ports, Optional<ClientSettingsStore> store) {
        return new ClientSettingsService(
                ports, store.orElseThrow(() -> new IllegalStateException("no ClientSettingsStore is configured")));
    }

    /**
     * Authentication finds a key with its client through the bound {@link CredentialLookup} (the database adapter
     * binds its one-query lookup), else reads the key store and then the client store.
     */
    @Provides
    @Singleton
    AuthenticationService authentication(
            ClientStore clients, ApiKeyStore apiKeys, Optional<CredentialLookup> credentials, Clock clock) {
        return new AuthenticationService(
                credentials.orElseGet(() -> CredentialLookup.of(apiKeys, clients)), apiKeys, clock);
    }

    /** Reading usage, over the bound {@link UsageStore} (the database adapter binds one). */
    @Provides
    UsageReportUseCase usageReport(Optional<UsageStore> store) {
        return new UsageReportService(store.orElseThrow(
                () -> new IllegalStateException("no UsageStore is bound (the database adapter binds one)")));
    }

    /**
     * Operator keys when an {@link OperatorKeyStore} is bound, else {@code null}: an {@link OptionalBinder}
     * whose provider gives {@code null} is absent.
     */
    static final class OperatorKeysWhenStored implements Provider<OperatorKeysUseCase> {
        private final OperatorKeysUseCase operatorKeys;

        @Inject
        OperatorKeysWhenStored(
                Optional<OperatorKeyStore> store, TransactionRunner transactions, Clock clock, RandomSource random) {
            this.operatorKeys = store.map(keys -> new OperatorKeyService(keys, transactions, clock, random))
                    .orElse(null);
        }

        @Override
        public OperatorKeysUseCase get() {
            return operatorKeys;
        }
    }

    /**
     * Logins when a {@link LoginStore}, a {@link PasswordHasher} and {@link AccessTokens} are bound, else
     * {@code null} (the optional use case is then absent). The hasher and tokens stay behind their
     * providers until a login needs them.
     */
    static final class LoginsWhenWired implements Provider<LoginUseCase> {
        private final LoginUseCase logins;

        @Inject
        LoginsWhenWired(
                ClientStore clients,
                Optional<LoginStore> store,
                Optional<Provider<PasswordHasher>> hasher,
                Optional<Provider<AccessTokens>> tokens,
                TransactionRunner transactions,
                Clock clock,
                @Named(TOKEN_LIFETIME) Duration tokenLifetime) {
            this.logins = store.isEmpty() || hasher.isEmpty() || tokens.isEmpty()
                    ? null
                    : new LoginService(
                            clients,
                            store.get(),
                            hasher.get()::get,
                            tokens.get()::get,
                            transactions,
                            clock,
                            tokenLifetime);
        }

        @Override
        public LoginUseCase get() {
            return logins;
        }
    }
}
