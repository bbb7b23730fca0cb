package io.vigint.core.billing;

import io.vigint.core.error.VigintException;

/**
 * Which tax treatment fits which customer: reverse charge needs an EU customer in another member state
 * than the seller, with a VAT ID of its country; outside the EU needs a customer outside the EU; domestic
 * and exempt fit anyone.
 */
final class TaxRules {
    private TaxRules() {}

    /**
     * Refuses {@code command} when its treatment does not fit its country and VAT ID, given a seller
     * established in {@code sellerCountry} (empty when not configured).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code tax_treatment}, {@code country} or
     *     {@code vat_id}
     */
    static void check(SetBillingProfileCommand command, String sellerCountry) {
        String country = command.country();
        switch (command.taxTreatment()) {
            case REVERSE_CHARGE -> {
                if (!EuCountries.isMember(country)) {
                    throw invalid(
                            "country",
                            "reverse_charge is for a customer in an EU member state; " + country
                                    + " is not one (use outside_eu)");
                }
                if (sellerCountry.isEmpty()) {
                    throw invalid(
                            "tax_treatment",
                            "reverse_charge needs the seller's country: set billing.seller.country in the configuration");
                }
                if (country.equals(sellerCountry)) {
                    throw invalid(
                            "country",
                            "reverse_charge is for a customer in another member state than the seller (" + sellerCountry
                                    + "); use domestic");
                }
                VatId vatId = command.vatId()
                        .orElseThrow(() -> invalid("vat_id", "reverse_charge needs the customer's VAT ID"));
                if (!vatId.country().equals(country)) {
                    throw invalid(
                            "vat_id",
                            "the VAT ID is of " + vatId.country() + ", not of the customer's country " + country);
                }
            }
            case OUTSIDE_EU -> {
                if (EuCountries.isMember(country)) {
                    throw invalid(
                            "country",
                            "outside_eu is for a customer outside the EU; " + country
                                    + " is a member state (use domestic or reverse_charge)");
                }
            }
            case DOMESTIC, EXEMPT -> {
                // any country
            }
        }
    }

    private static VigintException invalid(String field, String message) {
        return VigintException.invalid(field, message);
    }
}
