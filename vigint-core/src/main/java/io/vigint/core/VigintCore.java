package io.vigint.core;

import io.vigint.core.admin.ClientAdministrationService;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.memory.InMemoryStorage;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;

/**
 * The core's use cases wired over a set of ports: the entry point for embedding Vigint in a JVM app.
 *
 * <pre>{@code
 * VigintCore vigint = VigintCore.inMemory();
 * CreatedClient created = vigint.administration()
 *         .createClient(new CreateClientCommand("Acme", "security@acme.com", null));
 * AuthenticationResult result = vigint.authentication().authenticate(created.apiKey().plainText());
 * }</pre>
 */
public final class VigintCore {
    private final ClientAdministrationService administration;
    private final AuthenticationService authentication;

    private VigintCore(Builder builder) {
        ClientStore clients = Objects.requireNonNull(builder.clients, "a ClientStore is required");
        ApiKeyStore apiKeys = Objects.requireNonNull(builder.apiKeys, "an ApiKeyStore is required");
        TransactionRunner transactions =
                Objects.requireNonNull(builder.transactions, "a TransactionRunner is required");
        this.administration =
                new ClientAdministrationService(clients, apiKeys, transactions, builder.clock, builder.random);
        this.authentication = new AuthenticationService(clients, apiKeys, builder.clock);
    }

    /** A core over fresh in-memory storage, the system UTC clock and {@link RandomSource#secure()}. */
    public static VigintCore inMemory() {
        return builder().storage(new InMemoryStorage()).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The operator's use cases: clients, keys, revocation, rotation. */
    public ClientAdministrationService administration() {
        return administration;
    }

    /** API-key authentication, the per-request hot path. */
    public AuthenticateUseCase authentication() {
        return authentication;
    }

    /** Collects the ports; clock and randomness have defaults, storage does not. */
    public static final class Builder {
        private ClientStore clients;
        private ApiKeyStore apiKeys;
        private TransactionRunner transactions;
        private Clock clock = Clock.systemUTC();
        private RandomSource random = RandomSource.secure();

        private Builder() {}

        /** Uses one object that implements all storage ports (as the in-memory and database adapters do). */
        public <S extends ClientStore & ApiKeyStore & TransactionRunner> Builder storage(S storage) {
            return clients(storage).apiKeys(storage).transactions(storage);
        }

        public Builder clients(ClientStore clients) {
            this.clients = clients;
            return this;
        }

        public Builder apiKeys(ApiKeyStore apiKeys) {
            this.apiKeys = apiKeys;
            return this;
        }

        public Builder transactions(TransactionRunner transactions) {
            this.transactions = transactions;
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
