package io.vigint.core.billing;

import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * How invoices are made.
 *
 * @param vatRate VAT as a fraction, 0 to 1 (default {@code 0.21})
 * @param currency the currency invoiced; usage recorded in another currency is not invoiced
 * @param defaultFrequency the frequency of clients without payment details (default monthly)
 * @param batchClients how many clients one batch transaction invoices (default 500)
 */
public record BillingSettings(
        BigDecimal vatRate, Currency currency, BillingFrequency defaultFrequency, int batchClients) {
    /** 21% VAT, EUR, monthly, 500 clients per transaction. */
    public static final BillingSettings DEFAULTS =
            new BillingSettings(new BigDecimal("0.21"), Currency.getInstance("EUR"), BillingFrequency.MONTHLY, 500);

    public BillingSettings {
        Checks.nonNull("vatRate currency defaultFrequency", vatRate, currency, defaultFrequency);
        if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the VAT rate is a fraction between 0 and 1: " + vatRate);
        }
        if (batchClients < 1) {
            throw new IllegalArgumentException("a batch invoices at least one client");
        }
    }
}
