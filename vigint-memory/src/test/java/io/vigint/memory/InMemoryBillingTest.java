package io.vigint.memory;

import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.BillingProfileContract;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.InvoiceFollowUpContract;
import io.vigint.core.contract.InvoicingContract;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.PaymentDetailsContract;
import io.vigint.core.port.TransactionRunner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.BeforeEach;

class InMemoryBillingTest
        implements PaymentDetailsContract, InvoicingContract, InvoiceFollowUpContract, BillingProfileContract {
    private InMemoryStorage storage;
    private InMemoryBilling billing;
    private MutableClock clock;

    @BeforeEach
    void freshStorage() {
        storage = new InMemoryStorage();
        billing = new InMemoryBilling(storage);
        clock = new MutableClock(Fixtures.T0);
    }

    @Override
    public ClientStore clientStore() {
        return storage;
    }

    @Override
    public PaymentDetailsStore paymentDetailsStore() {
        return billing;
    }

    @Override
    public BillingProfileStore billingProfileStore() {
        return billing;
    }

    @Override
    public InvoiceStore invoiceStore() {
        return billing;
    }

    @Override
    public InvoiceFollowUpStore followUpStore() {
        return billing;
    }

    @Override
    public TransactionRunner transactions() {
        return storage;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public long recordUsage(ClientId clientId, String endpoint, String cost, String currency, Instant at) {
        return billing.recordUsage(clientId, endpoint, new BigDecimal(cost), Currency.getInstance(currency), at);
    }
}
