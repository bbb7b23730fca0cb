package io.vigint.persistence;

import io.vigint.core.port.ClientDataOwner;
import io.vigint.persistence.accounting.AccountingExportMapper;
import io.vigint.persistence.accounting.MyBatisAccountingExportQueue;
import io.vigint.persistence.alert.AlertCooldownMapper;
import io.vigint.persistence.alert.MyBatisAlertCooldownStore;
import io.vigint.persistence.billing.BillingMapper;
import io.vigint.persistence.billing.BillingProfileMapper;
import io.vigint.persistence.billing.FollowUpMapper;
import io.vigint.persistence.billing.MyBatisBillingProfileStore;
import io.vigint.persistence.billing.MyBatisInvoiceFollowUpStore;
import io.vigint.persistence.billing.MyBatisInvoiceStore;
import io.vigint.persistence.billing.MyBatisPaymentDetailsStore;
import io.vigint.persistence.client.ClientMapper;
import io.vigint.persistence.client.EmailChangeMapper;
import io.vigint.persistence.client.MyBatisClientStore;
import io.vigint.persistence.client.MyBatisEmailChangeStore;
import io.vigint.persistence.idempotency.IdempotencyMapper;
import io.vigint.persistence.idempotency.MyBatisIdempotencyStore;
import io.vigint.persistence.key.ApiKeyMapper;
import io.vigint.persistence.key.MyBatisApiKeyStore;
import io.vigint.persistence.key.MyBatisCredentialLookup;
import io.vigint.persistence.legacy.LegacyImportMapper;
import io.vigint.persistence.legacy.MyBatisLegacyImportLedger;
import io.vigint.persistence.login.LoginMapper;
import io.vigint.persistence.login.MyBatisLoginStore;
import io.vigint.persistence.mail.EmailConfigMapper;
import io.vigint.persistence.mail.MyBatisEmailConfigStore;
import io.vigint.persistence.mailqueue.MailQueueMapper;
import io.vigint.persistence.mailqueue.MyBatisMailQueue;
import io.vigint.persistence.operator.MyBatisOperatorKeyStore;
import io.vigint.persistence.operator.OperatorKeyMapper;
import io.vigint.persistence.settings.ClientSettingsMapper;
import io.vigint.persistence.settings.MyBatisClientSettingsStore;
import io.vigint.persistence.usage.MyBatisUsageStore;
import io.vigint.persistence.usage.UsageMapper;
import java.util.List;

/**
 * One store per storage port over one database's shared {@link MyBatisTransactions}, so a use case's
 * transaction spans every store it calls. Obtain it from {@link Database#stores()}; Guice users get the
 * ports from {@link PersistenceModule} instead.
 */
public final class MyBatisStores {
    private final MyBatisTransactions transactions;
    private final MyBatisClientStore clients;
    private final MyBatisApiKeyStore apiKeys;
    private final MyBatisCredentialLookup credentials;
    private final MyBatisLoginStore logins;
    private final MyBatisOperatorKeyStore operatorKeys;
    private final MyBatisClientSettingsStore clientSettings;
    private final MyBatisIdempotencyStore idempotency;
    private final MyBatisEmailConfigStore emailConfigs;
    private final MyBatisEmailChangeStore emailChanges;
    private final MyBatisMailQueue mailQueue;
    private final MyBatisUsageStore usage;
    private final MyBatisPaymentDetailsStore paymentDetails;
    private final MyBatisInvoiceStore invoices;
    private final MyBatisInvoiceFollowUpStore invoiceFollowUps;
    private final MyBatisBillingProfileStore billingProfiles;
    private final MyBatisAlertCooldownStore alertCooldowns;
    private final MyBatisLegacyImportLedger legacyImports;
    private final MyBatisAccountingExportQueue accountingExports;

    MyBatisStores(MyBatisTransactions transactions) {
        this.transactions = transactions;
        this.clients = new MyBatisClientStore(transactions.mapper(ClientMapper.class));
        this.apiKeys = new MyBatisApiKeyStore(transactions.mapper(ApiKeyMapper.class));
        this.credentials = new MyBatisCredentialLookup(transactions);
        this.logins = new MyBatisLoginStore(transactions.mapper(LoginMapper.class));
        this.operatorKeys = new MyBatisOperatorKeyStore(transactions.mapper(OperatorKeyMapper.class));
        this.clientSettings = new MyBatisClientSettingsStore(transactions.mapper(ClientSettingsMapper.class));
        this.idempotency = new MyBatisIdempotencyStore(transactions.mapper(IdempotencyMapper.class), transactions);
        this.emailConfigs = new MyBatisEmailConfigStore(transactions.mapper(EmailConfigMapper.class));
        this.emailChanges = new MyBatisEmailChangeStore(transactions.mapper(EmailChangeMapper.class), transactions);
        this.mailQueue = new MyBatisMailQueue(transactions.mapper(MailQueueMapper.class));
        this.usage = new MyBatisUsageStore(transactions.mapper(UsageMapper.class), transactions, transactions.isH2());
        BillingMapper billing = transactions.mapper(BillingMapper.class);
        this.paymentDetails = new MyBatisPaymentDetailsStore(billing);
        BillingProfileMapper profiles = transactions.mapper(BillingProfileMapper.class);
        this.invoices = new MyBatisInvoiceStore(billing, profiles);
        this.billingProfiles = new MyBatisBillingProfileStore(profiles);
        this.invoiceFollowUps = new MyBatisInvoiceFollowUpStore(transactions.mapper(FollowUpMapper.class));
        this.alertCooldowns =
                new MyBatisAlertCooldownStore(transactions.mapper(AlertCooldownMapper.class), transactions);
        this.legacyImports = new MyBatisLegacyImportLedger(transactions.mapper(LegacyImportMapper.class));
        this.accountingExports =
                new MyBatisAccountingExportQueue(transactions.mapper(AccountingExportMapper.class), transactions);
    }

    /** The transactions every store here joins. */
    public MyBatisTransactions transactions() {
        return transactions;
    }

    public MyBatisClientStore clients() {
        return clients;
    }

    public MyBatisApiKeyStore apiKeys() {
        return apiKeys;
    }

    /** A key with its client in one query, for authentication. */
    public MyBatisCredentialLookup credentials() {
        return credentials;
    }

    public MyBatisLoginStore logins() {
        return logins;
    }

    public MyBatisOperatorKeyStore operatorKeys() {
        return operatorKeys;
    }

    public MyBatisClientSettingsStore clientSettings() {
        return clientSettings;
    }

    public MyBatisIdempotencyStore idempotency() {
        return idempotency;
    }

    public MyBatisEmailConfigStore emailConfigs() {
        return emailConfigs;
    }

    public MyBatisEmailChangeStore emailChanges() {
        return emailChanges;
    }

    /** The accounting export queue. */
    public MyBatisAccountingExportQueue accountingExports() {
        return accountingExports;
    }

    public MyBatisMailQueue mailQueue() {
        return mailQueue;
    }

    public MyBatisUsageStore usage() {
        return usage;
    }

    public MyBatisPaymentDetailsStore paymentDetails() {
        return paymentDetails;
    }

    public MyBatisInvoiceStore invoices() {
        return invoices;
    }

    /** Payments, credit notes and payment reminders. */
    public MyBatisInvoiceFollowUpStore invoiceFollowUps() {
        return invoiceFollowUps;
    }

    /** Billing profiles and the price mode of each client. */
    public MyBatisBillingProfileStore billingProfiles() {
        return billingProfiles;
    }

    /** Alert cooldowns; a client's go with the client row (the schema cascades). */
    public MyBatisAlertCooldownStore alertCooldowns() {
        return alertCooldowns;
    }

    public MyBatisLegacyImportLedger legacyImports() {
        return legacyImports;
    }

    /**
     * The stores whose rows a client's deletion must remove first: its login, settings and idempotency
     * records. API keys are deleted through the {@code ApiKeyStore}; the other client tables cascade
     * with the client row.
     */
    public List<ClientDataOwner> clientDataOwners() {
        return List.of(logins, clientSettings, idempotency);
    }
}
