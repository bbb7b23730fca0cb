package io.vigint.persistence;

import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.login.LoginStore;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceModuleIT {
    @TempDir
    Path dataDir;

    @Test
    void everyStoragePortIsItsStoreOfOneLazilyOpenedDatabaseAndAccessChangesAreItsFeed() {
        Injector injector = Guice.createInjector(new PersistenceModule(DatabaseSettings.embedded(dataDir)));
        assertThat(dataDir.resolve("vigint.mv.db")).doesNotExist();

        try (Database database = injector.getInstance(Database.class)) {
            assertThat(injector.getInstance(Database.class)).isSameAs(database);
            assertThat(injector.getInstance(ClientStore.class))
                    .isSameAs(database.stores().clients());
            assertThat(injector.getInstance(ApiKeyStore.class))
                    .isSameAs(database.stores().apiKeys());
            assertThat(injector.getInstance(TransactionRunner.class))
                    .isSameAs(database.stores().transactions());
            assertThat(injector.getInstance(LoginStore.class))
                    .isSameAs(database.stores().logins());
            assertThat(injector.getInstance(OperatorKeyStore.class))
                    .isSameAs(database.stores().operatorKeys());
            assertThat(injector.getInstance(ClientSettingsStore.class))
                    .isSameAs(database.stores().clientSettings());
            assertThat(injector.getInstance(IdempotencyStore.class))
                    .isSameAs(database.stores().idempotency());
            assertThat(injector.getInstance(AccessChangeNotifier.class)).isSameAs(database.accessChanges());
            assertThat(injector.getInstance(AccessChangeFeed.class)).isSameAs(database.accessChanges());
            assertThat(injector.getInstance(Key.get(new TypeLiteral<Set<ClientDataOwner>>() {})))
                    .containsExactlyInAnyOrderElementsOf(database.stores().clientDataOwners());

            Client stored = injector.getInstance(TransactionRunner.class)
                    .inTransaction(() -> injector.getInstance(ClientStore.class).insert(newClient("Wired")));
            assertThat(database.stores().clients().findById(stored.id())).contains(stored);
        }
    }
}
