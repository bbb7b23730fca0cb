package io.vigint.billing;

import static io.vigint.billing.BillingKeys.key;

import io.vigint.billing.document.Seller;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.billing.Bic;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.VatId;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who issues the invoices (art. 226 of Directive 2006/112/EC): legal name and address (the keys {@code
 * billing.seller.name} and {@code billing.seller.address}, declared with the schedule where they began),
 * country, VAT ID, company registration, where to pay (IBAN, BIC), an email for invoice questions, the
 * payment terms and a footer. Every key but the name may be left empty; each one set is validated (the VAT
 * ID by {@link VatId#parse}, the IBAN by {@link Iban#parse}).
 *
 * @param name the legal name
 * @param addressLines the postal address
 * @param country ISO 3166-1 alpha-2 of the establishment, or empty
 * @param vatId the seller's VAT ID, if set
 * @param registration the company registration, or empty
 * @param iban the account customers pay to, if set
 * @param bic its bank, if set
 * @param email where customers write about invoices, or empty
 * @param paymentTermsDays days from issue to the due date (default 30)
 * @param footer free text at the bottom of every invoice, or empty
 */
public record SellerConfig(
        String name,
        List<String> addressLines,
        String country,
        Optional<VatId> vatId,
        String registration,
        Optional<Iban> iban,
        Optional<Bic> bic,
        String email,
        int paymentTermsDays,
        String footer) {

    public static final SettingKey COUNTRY = key(
            "billing.seller.country", "", "Seller's country, ISO 3166-1 alpha-2 (e.g. BE); needed for reverse charge");
    public static final SettingKey VAT_ID =
            key("billing.seller.vat_id", "", "Seller's VAT ID on invoices (e.g. BE0403019261), checked");
    public static final SettingKey REGISTRATION =
            key("billing.seller.registration", "", "Seller's company registration on invoices (e.g. RPM Brussels ...)");
    public static final SettingKey IBAN = key("billing.seller.iban", "", "Account customers pay to, on invoices");
    public static final SettingKey BIC = key("billing.seller.bic", "", "BIC of the seller's bank");
    public static final SettingKey EMAIL = key("billing.seller.email", "", "Where customers write about invoices");
    public static final SettingKey PAYMENT_TERMS_DAYS =
            key("billing.seller.payment_terms_days", "30", "Days from issue to the due date, 0 to 365");
    public static final SettingKey FOOTER =
            key("billing.seller.footer", "", "Free text at the bottom of every invoice (at most 500 characters)");

    /** The keys declared here, in the order {@code --help} lists them (name and address are {@link ScheduleConfig}'s). */
    public static final List<SettingKey> KEYS =
            List.of(COUNTRY, VAT_ID, REGISTRATION, IBAN, BIC, EMAIL, PAYMENT_TERMS_DAYS, FOOTER);

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public SellerConfig {
        addressLines = List.copyOf(addressLines);
    }

    /** The seller as documents show it. */
    public Seller seller() {
        return new Seller(
                name,
                addressLines,
                country,
                vatId.map(VatId::value).orElse(""),
                registration,
                iban.map(Iban::value).orElse(""),
                bic.map(Bic::value).orElse(""),
                email,
                footer);
    }

    /** The seller as invoices record it when they are issued. */
    public InvoiceParty party() {
        return new InvoiceParty(
                name, addressLines, country, vatId.map(VatId::value).orElse(""));
    }

    public static SellerConfig resolve(ConfigReader values) {
        ScheduleConfig schedule = ScheduleConfig.resolve(values);
        String country = Optional.ofNullable(values.optionalText(COUNTRY))
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .orElse("");
        if (!country.isEmpty() && !COUNTRIES.contains(country)) {
            throw values.invalid(COUNTRY, "an ISO 3166-1 alpha-2 country code such as BE");
        }
        Optional<VatId> vatId = Optional.ofNullable(values.optionalText(VAT_ID)).map(text -> {
            try {
                return VatId.parse(text);
            } catch (VigintException e) {
                throw values.invalid(VAT_ID, "a valid VAT ID such as BE0403019261 (" + e.getMessage() + ")");
            }
        });
        if (vatId.isPresent() && !country.isEmpty() && !vatId.get().country().equals(country)) {
            throw values.invalid(VAT_ID, "a VAT ID of the seller's country " + country);
        }
        Optional<Iban> iban = Optional.ofNullable(values.optionalText(IBAN)).map(text -> {
            try {
                return Iban.parse(text);
            } catch (VigintException e) {
                throw values.invalid(IBAN, "a valid IBAN (" + e.getMessage() + ")");
            }
        });
        Optional<Bic> bic = Optional.ofNullable(values.optionalText(BIC)).map(text -> {
            try {
                return Bic.parse(text);
            } catch (VigintException e) {
                throw values.invalid(BIC, "a BIC of 8 or 11 letters and digits, such as GEBABEBB");
            }
        });
        String email = Optional.ofNullable(values.optionalText(EMAIL))
                .map(text -> {
                    try {
                        return Checks.email("email", text);
                    } catch (VigintException e) {
                        throw values.invalid(EMAIL, "an email address");
                    }
                })
                .orElse("");
        int days = (int) values.number(PAYMENT_TERMS_DAYS, 0, 365);
        String registration = text(values, REGISTRATION, 200);
        String footer = text(values, FOOTER, 500);
        Seller fromSchedule = schedule.seller();
        return new SellerConfig(
                fromSchedule.name(),
                fromSchedule.addressLines(),
                country,
                vatId,
                registration,
                iban,
                bic,
                email,
                days,
                footer);
    }

    private static String text(ConfigReader values, SettingKey key, int max) {
        String text = values.optionalText(key);
        if (text == null) {
            return "";
        }
        if (text.length() > max || text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw values.invalid(key, "a text of at most " + max + " characters on one line");
        }
        return text.strip();
    }
}
