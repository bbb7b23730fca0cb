package io.vigint.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.core.VigintCore;
import io.vigint.core.admin.ClientAdministrationService;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
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
 */
public final class CoreModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), ClientDataOwner.class);
        OptionalBinder.newOptionalBinder(binder(), AccessChangeNotifier.class);
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
            Clock clock,
            RandomSource random) {
        VigintCore.Builder builder = VigintCore.builder()
                .clients(clients)
                .apiKeys(apiKeys)
                .transactions(transactions)
                .accessChanges(accessChanges.orElse(AccessChangeNotifier.none()))
                .clock(clock)
                .random(random);
        for (Object port : List.of(clients, apiKeys, transactions)) {
            if (port instanceof ClientDataOwner owner) {
                builder.clientDataOwner(owner);
            }
        }
        clientDataOwners.forEach(builder::clientDataOwner);
        return builder.build();
    }

    @Provides
    ClientAdministrationService administration(VigintCore core) {
        return core.administration();
    }

    @Provides
    AuthenticateUseCase authentication(VigintCore core) {
        return core.authentication();
    }
}
