package io.vigint.core.billing;

import io.vigint.core.util.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The tax and legal terms an invoice was issued under, copied onto it when it is issued (art. 226 of
 * Directive 2006/112/EC): how VAT applies, whether the client's prices included VAT, who the buyer and
 * the seller were, the date of supply and when payment is due. The rate itself is {@link
 * Invoice#vatRate()}.
 *
 * @param taxTreatment how VAT applied to this invoice
 * @param pricesIncludeVat whether the client's prices included VAT (the lines are net either way)
 * @param buyer the customer as invoiced
 * @param seller the seller as invoiced (name, address, country and VAT ID from configuration)
 * @param supplyDate the date of supply: the last day of the period
 * @param dueDate when payment is due: the issue date plus {@code paymentTermsDays}
 * @param paymentTermsDays the payment terms in days (0: due on issue)
 */
public record InvoiceTerms(
        TaxTreatment taxTreatment,
        boolean pricesIncludeVat,
        InvoiceParty buyer,
        InvoiceParty seller,
        LocalDate supplyDate,
        LocalDate dueDate,
        int paymentTermsDays) {
    public InvoiceTerms {
        Checks.nonNull(
                "taxTreatment buyer seller supplyDate dueDate", taxTreatment, buyer, seller, supplyDate, dueDate);
        if (paymentTermsDays < 0) {
            throw new IllegalArgumentException("payment terms are not negative: " + paymentTermsDays);
        }
    }

    /**
     * The terms of an invoice issued before invoices carried them: domestic VAT, prices without VAT,
     * parties unknown, supplied on the period's last day, due on the day of issue.
     */
    public static InvoiceTerms unrecorded(BillingPeriod period, Instant issuedAt) {
        return new InvoiceTerms(
                TaxTreatment.DOMESTIC,
                false,
                InvoiceParty.UNKNOWN,
                InvoiceParty.UNKNOWN,
                supplyDate(period),
                day(issuedAt),
                0);
    }

    /** These terms for an invoice issued at {@code newIssuedAt} instead of {@code oldIssuedAt}: due as many days later. */
    InvoiceTerms reissued(Instant oldIssuedAt, Instant newIssuedAt) {
        return new InvoiceTerms(
                taxTreatment,
                pricesIncludeVat,
                buyer,
                seller,
                supplyDate,
                dueDate.plusDays(
                        day(newIssuedAt).toEpochDay() - day(oldIssuedAt).toEpochDay()),
                paymentTermsDays);
    }

    /** The date of supply of {@code period}: its last day (UTC). */
    public static LocalDate supplyDate(BillingPeriod period) {
        return day(period.end()).minusDays(1);
    }

    /** The UTC day of {@code instant}. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
