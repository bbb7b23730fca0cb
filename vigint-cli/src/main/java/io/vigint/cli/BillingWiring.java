package io.vigint.cli;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.cli.config.BillingConfig;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The billing use cases over the bound stores ({@link PaymentDetailsStore} and {@link InvoiceStore},
 * bound by the persistence module) with the settings from {@link BillingConfig}.
 *
 * <p>The {@link SecretCipher} that seals IBANs and customer ids is optional here so that commands which
 * never seal anything work without it; storing payment details without one is refused with a
 * one-line error rather than ever storing a reference in plain text.
 */
public final class BillingWiring extends AbstractModule {
    private final BillingConfig config;

    public BillingWiring(BillingConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SecretCipher.class);
    }

    @Provides
    BillingSettings billingSettings() {
        return config.settings();
    }

    @Provides
    @Singleton
    InvoicingUseCase invoicing(
            InvoiceStore store, TransactionRunner transactions, BillingSettings settings, Clock clock) {
        return new InvoicingService(store, transactions, settings, clock);
    }

    @Provides
    @Singleton
    PaymentDetailsUseCase paymentDetails(
            ClientStore clients,
            PaymentDetailsStore store,
            Optional<SecretCipher> cipher,
            TransactionRunner transactions,
            Clock clock) {
        return new PaymentDetailsService(
                clients, store, cipher.orElseGet(BillingWiring::noCipher), transactions, clock);
    }

    private static SecretCipher noCipher() {
        return new SecretCipher() {
            @Override
            public String encrypt(String plainText) {
                throw new CommandFailedException(
                        "payment details cannot be stored: no secret cipher is configured to seal them");
            }

            @Override
            public String decrypt(String sealed) {
                throw new CommandFailedException("no secret cipher is configured to open sealed payment details");
            }
        };
    }
}
