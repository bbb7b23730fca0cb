package io.vigint.core.billing;

import io.vigint.core.util.Checks;
import java.util.Locale;

/**
 * How VAT applies to a client's invoices (Directive 2006/112/EC).
 *
 * <ul>
 *   <li>{@link #DOMESTIC}: VAT at the rate configured for the customer's country (the seller's
 *       country by default);
 *   <li>{@link #REVERSE_CHARGE}: an EU business customer in another member state with a valid VAT
 *       ID; 0% on the invoice, the customer accounts for the VAT (art. 196), with the legal mention;
 *   <li>{@link #OUTSIDE_EU}: a customer outside the EU; the supply is outside the scope of EU VAT
 *       (art. 44), 0%;
 *   <li>{@link #EXEMPT}: an exempt supply, 0%, with the exemption mention.
 * </ul>
 */
public enum TaxTreatment {
    DOMESTIC("S", ""),
    REVERSE_CHARGE(
            "AE", "Reverse charge: VAT to be accounted for by the customer (Article 196, Directive 2006/112/EC)"),
    OUTSIDE_EU("O", "Not subject to EU VAT: place of supply outside the EU (Article 44, Directive 2006/112/EC)"),
    EXEMPT("E", "Exempt from VAT");

    private final String uncl5305;
    private final String legalMention;

    TaxTreatment(String uncl5305, String legalMention) {
        this.uncl5305 = uncl5305;
        this.legalMention = legalMention;
    }

    /** The lower-case name used in JSON, the CLI and the database, e.g. {@code reverse_charge}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The VAT category code of UN/CEFACT 5305 used by UBL/Peppol and CII: {@code S} standard rate,
     * {@code AE} reverse charge, {@code O} outside the scope of VAT, {@code E} exempt.
     */
    public String vatCategoryCode() {
        return uncl5305;
    }

    /** The mention an invoice must carry under this treatment; empty for domestic VAT. */
    public String legalMention() {
        return legalMention;
    }

    /** True when the invoice charges no VAT under this treatment, whatever the configured rate. */
    public boolean zeroRated() {
        return this != DOMESTIC;
    }

    /**
     * Parses {@code domestic}, {@code reverse_charge}, {@code outside_eu} or {@code exempt} (any case).
     *
     * @throws io.vigint.core.error.VigintException {@code VALIDATION_FAILED} naming {@code tax_treatment}
     */
    public static TaxTreatment parse(String text) {
        return Checks.code(
                TaxTreatment.class,
                text == null ? null : text.strip().replace('-', '_'),
                "tax_treatment",
                "domestic, reverse_charge, outside_eu or exempt");
    }
}
