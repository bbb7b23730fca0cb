package io.vigint.app.config;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.error.VigintException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * The settings of billing (VAT, invoice schedule). Every key has a default that works on a laptop.
 *
 * @param vatRate VAT as a fraction (default 0.21)
 * @param currency the ISO 4217 currency invoiced (default EUR)
 * @param defaultFrequency how often clients without payment details are invoiced (default monthly)
 * @param batchClients clients per invoice-batch transaction (default 500)
 */
public record BillingConfig(
        BigDecimal vatRate, Currency currency, BillingFrequency defaultFrequency, int batchClients) {

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        VAT_RATE("billing.vat_rate", "VIGINT_BILLING_VAT_RATE", "0.21"),
        CURRENCY("billing.currency", "VIGINT_BILLING_CURRENCY", "EUR"),
        DEFAULT_FREQUENCY("billing.default_frequency", "VIGINT_BILLING_DEFAULT_FREQUENCY", "monthly"),
        BATCH_CLIENTS("billing.batch_clients", "VIGINT_BILLING_BATCH_CLIENTS", "500");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    /** The core's view of these settings. */
    public BillingSettings settings() {
        return new BillingSettings(vatRate, currency, defaultFrequency, batchClients);
    }

    static BillingConfig resolve(ConfigValues values) {
        BigDecimal vat;
        try {
            vat = new BigDecimal(values.text(Key.VAT_RATE).trim());
        } catch (NumberFormatException e) {
            throw values.invalid(Key.VAT_RATE, "a fraction between 0 and 1, such as 0.21");
        }
        if (vat.signum() < 0 || vat.compareTo(BigDecimal.ONE) > 0) {
            throw values.invalid(Key.VAT_RATE, "a fraction between 0 and 1, such as 0.21");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(values.text(Key.CURRENCY).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw values.invalid(Key.CURRENCY, "an ISO 4217 currency code, such as EUR");
        }
        BillingFrequency frequency;
        try {
            frequency = BillingFrequency.parse(values.text(Key.DEFAULT_FREQUENCY));
        } catch (VigintException e) {
            throw values.invalid(Key.DEFAULT_FREQUENCY, "weekly, monthly or quarterly");
        }
        int batch = (int) values.number(Key.BATCH_CLIENTS, 1, 5000);
        return new BillingConfig(vat, currency, frequency, batch);
    }
}
