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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings of billing (VAT, invoice schedule). Every key has a default that works on a laptop.
 *
 * @param vatRate VAT as a fraction (default 0.21)
 * @param currency the ISO 4217 currency invoiced (default EUR)
 * @param defaultFrequency how often clients without payment details are invoiced (default monthly)
 * @param batchClients clients per invoice-batch transaction (default 500)
 * @param vatRates VAT rates by country for domestic invoices (default none: {@code vatRate} everywhere)
 * @param pricesIncludeVat whether prices include VAT for clients that do not say (default false)
 */
public record BillingConfig(
        BigDecimal vatRate,
        Currency currency,
        BillingFrequency defaultFrequency,
        int batchClients,
        Map<String, BigDecimal> vatRates,
        boolean pricesIncludeVat) {

    public static final SettingKey VAT_RATE =
            key("billing.vat_rate", "0.21", "Default VAT rate as a fraction between 0 and 1");
    public static final SettingKey VAT_RATES = key(
            "billing.vat_rates",
            "",
            "VAT rates of domestic invoices per client country, e.g. BE:0.21,FR:0.20 (others: billing.vat_rate)");
    public static final SettingKey PRICES_INCLUDE_VAT = key(
            "billing.prices_include_vat",
            "false",
            "Whether prices include VAT, for clients whose billing profile does not say");
    public static final SettingKey CURRENCY = key("billing.currency", "EUR", "Currency invoiced (ISO 4217)");
    public static final SettingKey DEFAULT_FREQUENCY = key(
            "billing.default_frequency",
            "monthly",
            "How often clients without payment details are invoiced: weekly, monthly or quarterly");
    public static final SettingKey BATCH_CLIENTS =
            key("billing.batch_clients", "500", "Clients per invoice-batch transaction");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS =
            List.of(VAT_RATE, VAT_RATES, PRICES_INCLUDE_VAT, CURRENCY, DEFAULT_FREQUENCY, BATCH_CLIENTS);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public BillingConfig {
        vatRates = Map.copyOf(vatRates);
    }

    /** The core's view of these settings, invoices issued by {@code seller}. */
    public BillingSettings settings(SellerConfig seller) {
        return new BillingSettings(
                vatRate,
                currency,
                defaultFrequency,
                batchClients,
                seller.party(),
                vatRates,
                pricesIncludeVat,
                seller.paymentTermsDays());
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
        return new BillingConfig(vat, currency, frequency, batch, vatRates(values), values.bool(PRICES_INCLUDE_VAT));
    }

    /** {@code BE:0.21,FR:0.20}: country codes with their rate, separated by commas; blank means none. */
    private static Map<String, BigDecimal> vatRates(ConfigReader values) {
        String text = values.optionalText(VAT_RATES);
        Map<String, BigDecimal> rates = new TreeMap<>();
        if (text == null) {
            return rates;
        }
        String expected = "country:rate pairs separated by commas, such as BE:0.21,FR:0.20 (rates between 0 and 1)";
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split("[:=]", -1);
            if (parts.length != 2) {
                throw values.invalid(VAT_RATES, expected);
            }
            String country = parts[0].strip().toUpperCase(Locale.ROOT);
            BigDecimal rate;
            try {
                rate = new BigDecimal(parts[1].strip());
            } catch (NumberFormatException e) {
                throw values.invalid(VAT_RATES, expected);
            }
            if (!COUNTRIES.contains(country)
                    || rate.signum() < 0
                    || rate.compareTo(BigDecimal.ONE) > 0
                    || rates.put(country, rate) != null) {
                throw values.invalid(VAT_RATES, expected + "; each country once");
            }
        }
        return rates;
    }
}
