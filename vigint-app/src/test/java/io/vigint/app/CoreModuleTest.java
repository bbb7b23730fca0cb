package io.vigint.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import io.vigint.core.auth.AuthenticateUseCase;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestCredentials;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.LoginStore;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.login.SetLoginCommand;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import io.vigint.memory.InMemoryStorage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The core's wiring, over in-memory storage bound the way {@code PersistenceModule} binds its ports. */
class CoreModuleTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Module inMemoryStorage = binder -> {
        binder.bind(ClientStore.class).toInstance(storage);
        binder.bind(ApiKeyStore.class).toInstance(storage);
        binder.bind(TransactionRunner.class).toInstance(storage);
    };

    @Test
    void administrationAndAuthenticationShareTheBoundStorage() {
        Injector injector = Guice.createInjector(new CoreModule(), inMemoryStorage);

        CreatedClient created = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null));

        assertThat(injector.getInstance(AuthenticateUseCase.class)
                        .authenticate(created.apiKey().plainText()))
                .isInstanceOf(AuthenticationResult.Authenticated.class);
        assertThat(injector.getInstance(Clock.class).getZone())
                .isEqualTo(Clock.systemUTC().getZone());
    }

    @Test
    void clockIsReplacedWithModulesOverride() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
        Injector injector = Guice.createInjector(Modules.override(new CoreModule(), inMemoryStorage)
                .with(binder -> binder.bind(Clock.class).toInstance(clock)));

        CreatedClient created = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null));

        assertThat(created.client().createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void aBoundNotifierIsToldOfAccessChanges() {
        List<ClientId> accessChanged = new ArrayList<>();
        Module notifier = binder -> binder.bind(AccessChangeNotifier.class).toInstance(accessChanged::add);
        Injector injector = Guice.createInjector(new CoreModule(), inMemoryStorage, notifier);
        ClientId id = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null))
                .client()
                .id();

        injector.getInstance(RevokeAccessUseCase.class).revokeAccess(AccessCommand.wholeClient(id));

        assertThat(accessChanged).containsExactly(id);
    }

    @Test
    void deletingAClientDeletesTheDataOfStorageAndOfContributedOwners() {
        List<ClientId> dataDeleted = new ArrayList<>();
        Module owner = binder -> Multibinder.newSetBinder(binder, ClientDataOwner.class)
                .addBinding()
                .toInstance(dataDeleted::add);
        Injector injector = Guice.createInjector(new CoreModule(), inMemoryStorage, owner);
        ClientId id = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null))
                .client()
                .id();
        storage.putSettings(id, new ClientSettings(120));

        injector.getInstance(DeleteClientUseCase.class).deleteClient(id);

        assertThat(dataDeleted).containsExactly(id);
        assertThat(storage.settingsOf(id)).isEqualTo(ClientSettings.defaults());
    }

    @Test
    void loginsAndOperatorKeysAreAbsentWithoutTheirPorts() {
        Injector injector = Guice.createInjector(new CoreModule(), inMemoryStorage);

        assertThat(injector.getInstance(Key.get(new TypeLiteral<Optional<LoginUseCase>>() {})))
                .isEmpty();
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Optional<OperatorKeysUseCase>>() {})))
                .isEmpty();
    }

    @Test
    void loginsAreWiredWithTheirPortsAndLoadTheHasherOnlyWhenUsed() {
        AtomicInteger hashersMade = new AtomicInteger();
        Module logins = binder -> {
            binder.bind(LoginStore.class).toInstance(storage);
            binder.bind(OperatorKeyStore.class).toInstance(storage);
            binder.bind(PasswordHasher.class).toProvider(() -> {
                hashersMade.incrementAndGet();
                return TestCredentials.pbkdf2();
            });
            binder.bind(AccessTokens.class).toInstance(TestCredentials.hmacTokens());
        };
        Injector injector = Guice.createInjector(new CoreModule(), inMemoryStorage, logins);

        Optional<LoginUseCase> login = injector.getInstance(Key.get(new TypeLiteral<Optional<LoginUseCase>>() {}));
        assertThat(login).isPresent();
        assertThat(injector.getInstance(Key.get(new TypeLiteral<Optional<OperatorKeysUseCase>>() {})))
                .isPresent();
        assertThat(hashersMade).hasValue(0);

        ClientId id = injector.getInstance(CreateClientUseCase.class)
                .createClient(new CreateClientCommand("Acme", "a@acme.example", null))
                .client()
                .id();
        login.orElseThrow().setLogin(new SetLoginCommand(id, "acme", "correct horse".toCharArray()));
        assertThat(hashersMade).hasPositiveValue();
    }
}
