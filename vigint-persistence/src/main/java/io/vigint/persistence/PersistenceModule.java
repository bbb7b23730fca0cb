package io.vigint.persistence;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.ProvidesIntoSet;
import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.login.LoginStore;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.schedule.JobLock;
import io.vigint.core.usage.UsageStore;
import java.util.Objects;

/**
 * Binds each of the core's storage ports to its store in the {@link MyBatisStores} of one
 * {@link Database}, all over the same sessions, so a transaction ({@link TransactionRunner}) spans every
 * store a use case calls; {@link JobLock} is its {@link Database#jobLock()}; {@link AccessChangeNotifier}
 * and {@link AccessChangeFeed} are its {@link DatabaseAccessChanges}. The stores of the client's login,
 * settings and idempotency records join the {@link ClientDataOwner} set, so deleting a client deletes
 * them. The database is a singleton, opened when first needed; whoever owns the injector closes it
 * (which also stops the feed).
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
    MyBatisStores stores(Database database) {
        return database.stores();
    }

    @Provides
    TransactionRunner transactionRunner(MyBatisStores stores) {
        return stores.transactions();
    }

    @Provides
    ClientStore clientStore(MyBatisStores stores) {
        return stores.clients();
    }

    @Provides
    ApiKeyStore apiKeyStore(MyBatisStores stores) {
        return stores.apiKeys();
    }

    @Provides
    CredentialLookup credentialLookup(MyBatisStores stores) {
        return stores.credentials();
    }

    @Provides
    LoginStore loginStore(MyBatisStores stores) {
        return stores.logins();
    }

    @Provides
    OperatorKeyStore operatorKeyStore(MyBatisStores stores) {
        return stores.operatorKeys();
    }

    @Provides
    LegacyImportLedger legacyImportLedger(MyBatisStores stores) {
        return stores.legacyImports();
    }

    @Provides
    ClientSettingsStore clientSettingsStore(MyBatisStores stores) {
        return stores.clientSettings();
    }

    @Provides
    IdempotencyStore idempotencyStore(MyBatisStores stores) {
        return stores.idempotency();
    }

    @ProvidesIntoSet
    ClientDataOwner logins(MyBatisStores stores) {
        return stores.logins();
    }

    @ProvidesIntoSet
    ClientDataOwner clientSettings(MyBatisStores stores) {
        return stores.clientSettings();
    }

    @ProvidesIntoSet
    ClientDataOwner idempotencyRecords(MyBatisStores stores) {
        return stores.idempotency();
    }

    @Provides
    EmailConfigStore emailConfigStore(MyBatisStores stores) {
        return stores.emailConfigs();
    }

    @Provides
    EmailChangeStore emailChangeStore(MyBatisStores stores) {
        return stores.emailChanges();
    }

    @Provides
    AccountingExportQueue accountingExportQueue(MyBatisStores stores) {
        return stores.accountingExports();
    }

    @Provides
    MailQueue mailQueue(MyBatisStores stores) {
        return stores.mailQueue();
    }

    @Provides
    AlertCooldownStore alertCooldownStore(MyBatisStores stores) {
        return stores.alertCooldowns();
    }

    @Provides
    UsageStore usageStore(MyBatisStores stores) {
        return stores.usage();
    }

    @Provides
    PaymentDetailsStore paymentDetailsStore(MyBatisStores stores) {
        return stores.paymentDetails();
    }

    @Provides
    InvoiceStore invoiceStore(MyBatisStores stores) {
        return stores.invoices();
    }

    @Provides
    InvoiceFollowUpStore invoiceFollowUpStore(MyBatisStores stores) {
        return stores.invoiceFollowUps();
    }

    @Provides
    BillingProfileStore billingProfileStore(MyBatisStores stores) {
        return stores.billingProfiles();
    }

    @Provides
    JobLock jobLock(Database database) {
        return database.jobLock();
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
