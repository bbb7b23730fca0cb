package io.vigint.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.port.TransactionRunner;
import java.util.Objects;

/**
 * Binds the core's storage ports to one {@link Database}: {@link ClientStore}, {@link ApiKeyStore}
 * and {@link TransactionRunner} are all its {@link MyBatisStorage}. The database is a singleton,
 * opened when first needed; whoever owns the injector closes it.
 */
public final class PersistenceModule extends AbstractModule {
    private final DatabaseSettings settings;

    public PersistenceModule(DatabaseSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Provides
    @Singleton
    Database database() {
        return Database.open(settings);
    }

    @Provides
    MyBatisStorage storage(Database database) {
        return database.storage();
    }

    @Provides
    ClientStore clientStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    ApiKeyStore apiKeyStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    TransactionRunner transactionRunner(MyBatisStorage storage) {
        return storage;
    }
}
