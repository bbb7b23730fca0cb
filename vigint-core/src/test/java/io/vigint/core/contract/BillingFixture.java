package io.vigint.core.contract;

import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.port.TransactionRunner;
import java.time.Instant;

/**
 * What a storage adapter hands to the billing contracts: its ports over an empty store, and a way to
 * add usage records (written by metering in production).
 */
public interface BillingFixture {
    ClientStore clientStore();

    PaymentDetailsStore paymentDetailsStore();

    InvoiceStore invoiceStore();

    /** Payments, credit notes and reminders, over the same storage as {@link #invoiceStore()}. */
    InvoiceFollowUpStore followUpStore();

    TransactionRunner transactions();

    MutableClock clock();

    /** Adds one usage record of {@code cost} (a decimal string) in {@code currency}; returns its id. */
    long recordUsage(ClientId clientId, String endpoint, String cost, String currency, Instant at);

    default long recordUsage(ClientId clientId, String endpoint, String cost, Instant at) {
        return recordUsage(clientId, endpoint, cost, "EUR", at);
    }

    default PaymentDetailsService paymentDetailsService() {
        return new PaymentDetailsService(
                clientStore(), paymentDetailsStore(), new ReversibleTestCipher(), transactions(), clock());
    }

    default InvoicingService invoicing(BillingSettings settings) {
        return new InvoicingService(invoiceStore(), followUpStore(), transactions(), settings, clock());
    }

    default InvoicingService invoicing() {
        return invoicing(BillingSettings.DEFAULTS);
    }
}
