package io.vigint.core.billing;

import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How invoices are made.
 *
 * @param vatRate the default VAT rate as a fraction, 0 to 1 (default {@code 0.21}): domestic invoices of
 *     clients whose country has no rate of its own in {@code vatRates}
 * @param currency the currency invoiced; usage recorded in another currency is not invoiced
 * @param defaultFrequency the frequency of clients without payment details (default monthly)
 * @param batchClients how many clients one batch transaction invoices (default 500)
 * @param seller the seller as invoices record it (name, address, country, VAT ID)
 * @param vatRates VAT rates by ISO 3166-1 alpha-2 country, for domestic invoices (default none)
 * @param pricesIncludeVat whether prices include VAT for clients that do not say (default false)
 * @param paymentTermsDays days from issue to the due date (default 30)
 */
public record BillingSettings(
        BigDecimal vatRate,
        Currency currency,
        BillingFrequency defaultFrequency,
        int batchClients,
        InvoiceParty seller,
        Map<String, BigDecimal> vatRates,
        boolean pricesIncludeVat,
        int paymentTermsDays) {
    /** 21% VAT, EUR, monthly, 500 clients per transaction, seller "Vigint", prices without VAT, 30 days. */
    public static final BillingSettings DEFAULTS =
            new BillingSettings(new BigDecimal("0.21"), Currency.getInstance("EUR"), BillingFrequency.MONTHLY, 500);

    public BillingSettings {
        Checks.nonNull("vatRate currency defaultFrequency seller", vatRate, currency, defaultFrequency, seller);
        requireRate(vatRate);
        if (batchClients < 1) {
            throw new IllegalArgumentException("a batch invoices at least one client");
        }
        vatRates = Map.copyOf(new TreeMap<>(Objects.requireNonNullElse(vatRates, Map.of())));
        vatRates.values().forEach(BillingSettings::requireRate);
        if (paymentTermsDays < 0 || paymentTermsDays > 365) {
            throw new IllegalArgumentException("payment terms are 0 to 365 days: " + paymentTermsDays);
        }
    }

    /** The settings of before seller identity and per-country rates: seller "Vigint", no rates, net prices, 30 days. */
    public BillingSettings(BigDecimal vatRate, Currency currency, BillingFrequency defaultFrequency, int batchClients) {
        this(
                vatRate,
                currency,
                defaultFrequency,
                batchClients,
                new InvoiceParty("Vigint", java.util.List.of(), "", ""),
                Map.of(),
                false,
                30);
    }

    /**
     * The VAT rate of an invoice under {@code treatment} to a client in {@code country} (empty when
     * unknown): domestic is the country's configured rate, else the default; every other treatment is 0.
     */
    public BigDecimal rateFor(TaxTreatment treatment, String country) {
        if (treatment.zeroRated()) {
            return BigDecimal.ZERO;
        }
        return vatRates.getOrDefault(country == null ? "" : country, vatRate);
    }

    private static void requireRate(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the VAT rate is a fraction between 0 and 1: " + rate);
        }
    }
}
