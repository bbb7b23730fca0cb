package io.vigint.memory;

import io.vigint.core.admin.ApiKeyService;
import io.vigint.core.admin.ClientAccessService;
import io.vigint.core.admin.ClientLifecycleService;
import io.vigint.core.admin.ClientPorts;
import io.vigint.core.admin.ClientSettingsService;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The core's use cases wired over a set of ports: the entry point for embedding Vigint in a JVM app. Every
 * port is given explicitly; {@link #inMemory()} and {@link Builder#storage(InMemoryStorage)} pass the
 * in-memory adapters of this module.
 *
 * <pre>{@code
 * VigintCore vigint = VigintCore.inMemory();
 * CreatedClient created = vigint.clients()
 *         .createClient(new CreateClientCommand("Acme", "security@acme.com", null));
 * AuthenticationResult result = vigint.authentication().authenticate(created.apiKey().plainText());
 * }</pre>
 */
public final class VigintCore {
    private final ClientLifecycleService clients;
    private final ClientAccessService access;
    private final ApiKeyService keys;
    private final ClientSettingsService settings;
    private final AuthenticationService authentication;
    private final OperatorKeyService operatorKeys;
    private final LoginService login;

    private VigintCore(Builder builder) {
        ClientStore clients = Objects.requireNonNull(builder.clients, "a ClientStore is required");
        ApiKeyStore apiKeys = Objects.requireNonNull(builder.apiKeys, "an ApiKeyStore is required");
        TransactionRunner transactions =
                Objects.requireNonNull(builder.transactions, "a TransactionRunner is required");
        ClientPorts ports = new ClientPorts(clients, apiKeys, transactions, builder.clock, builder.notifier);
        this.clients = new ClientLifecycleService(ports, builder.random, builder.owners);
        this.access = new ClientAccessService(ports);
        this.keys = new ApiKeyService(ports, builder.random);
        this.settings = builder.settings == null ? null : new ClientSettingsService(ports, builder.settings);
        this.authentication = new AuthenticationService(
                builder.credentials == null ? CredentialLookup.of(apiKeys, clients) : builder.credentials,
                apiKeys,
                builder.clock);
        this.operatorKeys = builder.operatorKeyStore == null
                ? null
                : new OperatorKeyService(builder.operatorKeyStore, transactions, builder.clock, builder.random);
        this.login = builder.logins == null || builder.hasher == null || builder.tokens == null
                ? null
                : new LoginService(
                        clients,
                        builder.logins,
                        supplier(builder.hasher),
                        supplier(builder.tokens),
                        transactions,
                        builder.clock,
                        builder.tokenLifetime);
    }

    private static <T> Supplier<T> supplier(T value) {
        return () -> value;
    }

    /** A core over fresh in-memory storage, the system UTC clock and {@link RandomSource#secure()}. */
    public static VigintCore inMemory() {
        return builder().storage(new InMemoryStorage()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A client's life: create, list, update, delete. */
    public ClientLifecycleService clients() {
        return clients;
    }

    /** Revoking and reactivating a client or one of its keys. */
    public ClientAccessService access() {
        return access;
    }

    /** Issuing, listing and rotating API keys. */
    public ApiKeyService keys() {
        return keys;
    }

    /**
     * Client settings (rate limits).
     *
     * @throws IllegalStateException if no {@link ClientSettingsStore} was given
     */
    public ClientSettingsService clientSettings() {
        if (settings == null) {
            throw new IllegalStateException("no ClientSettingsStore is configured");
        }
        return settings;
    }

    /** API-key authentication, the per-request hot path. */
    public AuthenticateUseCase authentication() {
        return authentication;
    }

    /**
     * Operator keys for the admin API.
     *
     * @throws IllegalStateException if no {@link OperatorKeyStore} was given
     */
    public OperatorKeysUseCase operatorKeys() {
        if (operatorKeys == null) {
            throw new IllegalStateException("no OperatorKeyStore is configured");
        }
        return operatorKeys;
    }

    /**
     * Logins and access tokens.
     *
     * @throws IllegalStateException unless a {@link LoginStore}, {@link PasswordHasher} and
     *     {@link AccessTokens} were given
     */
    public LoginUseCase login() {
        if (login == null) {
            throw new IllegalStateException("logins need a LoginStore, a PasswordHasher and AccessTokens");
        }
        return login;
    }

    /** Collects the ports, one setter each; clock, randomness and change notification have defaults, storage does not. */
    public static final class Builder {
        private ClientStore clients;
        private ApiKeyStore apiKeys;
        private CredentialLookup credentials;
        private TransactionRunner transactions;
        private ClientSettingsStore settings;
        private OperatorKeyStore operatorKeyStore;
        private LoginStore logins;
        private PasswordHasher hasher;
        private AccessTokens tokens;
        private Duration tokenLifetime = LoginService.DEFAULT_TOKEN_LIFETIME;
        private AccessChangeNotifier notifier = AccessChangeNotifier.none();
        private final List<ClientDataOwner> owners = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private RandomSource random = RandomSource.secure();

        private Builder() {}

        /**
         * Uses every port of an in-memory storage: clients, keys and their credential index, transactions,
         * settings, operator keys, logins, and its client data (deleted with the client).
         */
        public Builder storage(InMemoryStorage storage) {
            return clients(storage.clientStore())
                    .apiKeys(storage.apiKeyStore())
                    .credentials(storage.credentials())
                    .transactions(storage.transactions())
                    .settings(storage.settingsStore())
                    .operatorKeys(storage.operatorKeyStore())
                    .logins(storage.loginStore())
                    .clientDataOwner(storage);
        }

        /** The client store; forgets a {@link #credentials} lookup given before, which may not see it. */
        public Builder clients(ClientStore clients) {
            this.clients = clients;
            this.credentials = null;
            return this;
        }

        /** The key store; forgets a {@link #credentials} lookup given before, which may not see it. */
        public Builder apiKeys(ApiKeyStore apiKeys) {
            this.apiKeys = apiKeys;
            this.credentials = null;
            return this;
        }

        /**
         * Where authentication finds a key with its client in one lookup; it must see the keys and clients of the
         * stores given (set it after them). Without it, authentication reads the key store, then the client store.
         */
        public Builder credentials(CredentialLookup credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        public Builder transactions(TransactionRunner transactions) {
            this.transactions = transactions;
            return this;
        }

        public Builder settings(ClientSettingsStore settings) {
            this.settings = settings;
            return this;
        }

        public Builder operatorKeys(OperatorKeyStore operatorKeys) {
            this.operatorKeyStore = operatorKeys;
            return this;
        }

        public Builder logins(LoginStore logins) {
            this.logins = logins;
            return this;
        }

        public Builder passwordHasher(PasswordHasher hasher) {
            this.hasher = hasher;
            return this;
        }

        public Builder accessTokens(AccessTokens tokens) {
            this.tokens = tokens;
            return this;
        }

        /** How long access tokens live (default 60 minutes). */
        public Builder tokenLifetime(Duration lifetime) {
            this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
            return this;
        }

        /** Who hears about access changes (default: nobody). */
        public Builder accessChanges(AccessChangeNotifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /** Adds a store whose client data is deleted with the client. */
        public Builder clientDataOwner(ClientDataOwner owner) {
            if (!owners.contains(owner)) {
                owners.add(Objects.requireNonNull(owner, "owner"));
            }
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder random(RandomSource random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        public VigintCore build() {
            return new VigintCore(this);
        }
    }
}
