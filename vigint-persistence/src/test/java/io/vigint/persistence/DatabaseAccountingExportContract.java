package io.vigint.persistence;

import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.contract.AccountingExportQueueContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link AccountingExportQueueContract} over one {@link Database}: the subclass opens the database for its
 * class; each test starts from an empty table.
 */
abstract class DatabaseAccountingExportContract implements AccountingExportQueueContract {
    abstract Database database();

    @BeforeEach
    void emptyQueue() {
        StorageTables.deleteAll(database());
    }

    @Override
    public AccountingExportQueue exportQueue() {
        return database().stores().accountingExports();
    }
}
