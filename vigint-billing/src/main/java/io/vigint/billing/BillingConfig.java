package io.vigint.billing;

import static io.vigint.billing.BillingKeys.key;

import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
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

    public static final SettingKey VAT_RATE = key("billing.vat_rate", "0.21", "VAT as a fraction between 0 and 1");
    public static final SettingKey CURRENCY = key("billing.currency", "EUR", "Currency invoiced (ISO 4217)");
    public static final SettingKey DEFAULT_FREQUENCY = key(
            "billing.default_frequency",
            "monthly",
            "How often clients without payment details are invoiced: weekly, monthly or quarterly");
    public static final SettingKey BATCH_CLIENTS =
            key("billing.batch_clients", "500", "Clients per invoice-batch transaction");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(VAT_RATE, CURRENCY, DEFAULT_FREQUENCY, BATCH_CLIENTS);

    /** The core's view of these settings. */
    public BillingSettings settings() {
        return new BillingSettings(vatRate, currency, defaultFrequency, batchClients);
    }

    public static BillingConfig resolve(ConfigReader values) {
        BigDecimal vat;
        try {
            vat = new BigDecimal(values.text(VAT_RATE).trim());
        } catch (NumberFormatException e) {
            throw values.invalid(VAT_RATE, "a fraction between 0 and 1, such as 0.21");
        }
        if (vat.signum() < 0 || vat.compareTo(BigDecimal.ONE) > 0) {
            throw values.invalid(VAT_RATE, "a fraction between 0 and 1, such as 0.21");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(values.text(CURRENCY).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw values.invalid(CURRENCY, "an ISO 4217 currency code, such as EUR");
        }
        BillingFrequency frequency;
        try {
            frequency = BillingFrequency.parse(values.text(DEFAULT_FREQUENCY));
        } catch (VigintException e) {
            throw values.invalid(DEFAULT_FREQUENCY, "weekly, monthly or quarterly");
        }
        int batch = (int) values.number(BATCH_CLIENTS, 1, 5000);
        return new BillingConfig(vat, currency, frequency, batch);
    }
}
