package io.vigint.memory;

import io.vigint.core.accounting.AccountingExportQueue;
import io.vigint.core.contract.AccountingExportQueueContract;
import org.junit.jupiter.api.BeforeEach;

class InMemoryAccountingExportQueueTest implements AccountingExportQueueContract {
    private InMemoryAccountingExportQueue queue;

    @BeforeEach
    void freshQueue() {
        queue = new InMemoryAccountingExportQueue();
    }

    @Override
    public AccountingExportQueue exportQueue() {
        return queue;
    }
}
