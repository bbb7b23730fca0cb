package io.vigint.persistence.billing;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * SQL over {@code billing_profiles} and {@code invoice_terms}; the statements are in {@code
 * BillingProfileMapper.xml}.
 */
public interface BillingProfileMapper {
    /** Inserts or replaces the client's whole profile row; returns the row count. */
    int upsertProfile(BillingProfileRow row);

    /** Sets the client's price mode, creating a row without a profile if it has none; returns the row count. */
    int upsertPriceMode(PriceModeRow row);

    /**
     * The rows of those of {@code clientIds} that have one (with or without a profile): one statement
     * whatever the number of ids (PostgreSQL: {@code = ANY(array)}; H2: an {@code IN} list).
     */
    List<BillingProfileRow> selectProfiles(@Param("clientIds") Long[] clientIds);

    /** Inserts invoice terms (one statement); returns the row count. */
    int insertTerms(InvoiceTermsInsert insert);

    /** The terms of the invoices matching the filter (invoices issued before they had terms have none). */
    List<InvoiceTermsRow> selectTerms(InvoiceFilter filter);
}
