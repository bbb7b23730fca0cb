package io.vigint.persistence.billing;

import java.time.LocalDate;

/** One row of {@code invoice_terms}: the terms an invoice was issued under; addresses one line per text line. */
public record InvoiceTermsRow(
        int invoiceYear,
        int invoiceSequence,
        String taxTreatment,
        boolean pricesIncludeVat,
        String buyerLegalName,
        String buyerAddress,
        String buyerCountry,
        String buyerVatId,
        String sellerName,
        String sellerAddress,
        String sellerCountry,
        String sellerVatId,
        LocalDate supplyDate,
        LocalDate dueDate,
        int paymentTermsDays) {}
