package io.vigint.persistence.billing;

import java.util.List;

/** Invoice terms to insert in one statement; see {@link InvoiceInsert} for why there are two forms. */
public record InvoiceTermsInsert(
        List<InvoiceTermsRow> rows,
        String[] years,
        String[] sequences,
        String[] taxTreatments,
        String[] pricesIncludeVat,
        String[] buyerLegalNames,
        String[] buyerAddresses,
        String[] buyerCountries,
        String[] buyerVatIds,
        String[] sellerNames,
        String[] sellerAddresses,
        String[] sellerCountries,
        String[] sellerVatIds,
        String[] supplyDates,
        String[] dueDates,
        String[] paymentTermsDays) {

    /** The rows and their columns. */
    public static InvoiceTermsInsert of(List<InvoiceTermsRow> rows) {
        return new InvoiceTermsInsert(
                rows,
                InvoiceInsert.column(rows, r -> r.invoiceYear()),
                InvoiceInsert.column(rows, r -> r.invoiceSequence()),
                InvoiceInsert.column(rows, InvoiceTermsRow::taxTreatment),
                InvoiceInsert.column(rows, r -> r.pricesIncludeVat()),
                InvoiceInsert.column(rows, InvoiceTermsRow::buyerLegalName),
                InvoiceInsert.column(rows, InvoiceTermsRow::buyerAddress),
                InvoiceInsert.column(rows, InvoiceTermsRow::buyerCountry),
                InvoiceInsert.column(rows, InvoiceTermsRow::buyerVatId),
                InvoiceInsert.column(rows, InvoiceTermsRow::sellerName),
                InvoiceInsert.column(rows, InvoiceTermsRow::sellerAddress),
                InvoiceInsert.column(rows, InvoiceTermsRow::sellerCountry),
                InvoiceInsert.column(rows, InvoiceTermsRow::sellerVatId),
                InvoiceInsert.column(rows, InvoiceTermsRow::supplyDate),
                InvoiceInsert.column(rows, InvoiceTermsRow::dueDate),
                InvoiceInsert.column(rows, r -> r.paymentTermsDays()));
    }
}
