package io.vigint.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.login.LoginStore;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.usage.UsageStore;
import io.vigint.persistence.usage.MyBatisUsageStore;
import java.util.Objects;

/**
 * Binds the core's storage ports to one {@link Database}: {@link ClientStore}, {@link ApiKeyStore},
 * {@link TransactionRunner}, {@link LoginStore}, {@link OperatorKeyStore}, {@link ClientSettingsStore}
 * and {@link IdempotencyStore} are all its {@link MyBatisStorage}; {@link JobLock} is its
 * {@link Database#jobLock()}; {@link AccessChangeNotifier} and {@link AccessChangeFeed} are its
 * {@link DatabaseAccessChanges}; {@link EmailConfigStore} is a {@link MyBatisEmailConfigStore}, {@link MailQueue} a
 * {@link MyBatisMailQueue}, {@link EmailChangeStore} a {@link MyBatisEmailChangeStore},
 * {@link UsageStore} a {@link MyBatisUsageStore}, and {@link PaymentDetailsStore} and {@link InvoiceStore}
 * a {@link MyBatisBilling}, over the same sessions. The database is a singleton, opened
 * when first needed; whoever owns the injector closes it (which also stops the feed).
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

    @Provides
    LoginStore loginStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    OperatorKeyStore operatorKeyStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    ClientSettingsStore clientSettingsStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    IdempotencyStore idempotencyStore(MyBatisStorage storage) {
        return storage;
    }

    @Provides
    EmailConfigStore emailConfigStore(MyBatisStorage storage) {
        return new MyBatisEmailConfigStore(storage);
    }

    @Provides
    @Singleton
    MailQueue mailQueue(MyBatisStorage storage) {
        return new MyBatisMailQueue(storage);
    }

    @Provides
    EmailChangeStore emailChangeStore(MyBatisStorage storage) {
        return new MyBatisEmailChangeStore(storage);
    }

    @Provides
    JobLock jobLock(Database database) {
        return database.jobLock();
    }

    @Provides
    @Singleton
    UsageStore usageStore(MyBatisStorage storage) {
        return new MyBatisUsageStore(storage);
    }

    @Provides
    @Singleton
    MyBatisBilling billing(MyBatisStorage storage) {
        return new MyBatisBilling(storage);
    }

    @Provides
    PaymentDetailsStore paymentDetailsStore(MyBatisBilling billing) {
        return billing;
    }

    @Provides
    InvoiceStore invoiceStore(MyBatisBilling billing) {
        return billing;
    }

    @Provides
    DatabaseAccessChanges databaseAccessChanges(Database database) {
        return database.accessChanges();
    }

    @Provides
    AccessChangeNotifier accessChangeNotifier(DatabaseAccessChanges changes) {
        return changes;
    }

    @Provides
    AccessChangeFeed accessChangeFeed(DatabaseAccessChanges changes) {
        return changes;
    }
}
