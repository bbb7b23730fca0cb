package io.vigint.persistence.billing;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL over the billing tables and {@code usage_records}; the statements are in {@code BillingMapper.xml}. */
public interface BillingMapper {
    /** Inserts or replaces the client's payment details; returns the row count. */
    int upsertPaymentDetails(PaymentDetailsRow row);

    /** The client's payment details, or {@code null}. */
    PaymentDetailsRow findPaymentDetails(long clientId);

    /** Ids of clients whose payment details name {@code frequency}, plus those without details if {@code includeWithout}. */
    List<Long> clientsBilled(@Param("frequency") String frequency, @Param("includeWithout") boolean includeWithout);

    /** Invoices for the period that are not void. */
    List<InvoiceRow> activeInvoices(String periodCode);

    /** Those of {@code clientIds} with an invoice for the period that is not void. */
    List<Long> invoicedClients(@Param("periodCode") String periodCode, @Param("clientIds") Long[] clientIds);

    /** Usage summed per client and endpoint, ordered by client then endpoint. */
    List<UsageTotalRow> usageTotals(UsageQuery query);

    /** Creates the year's counter at 0 unless it exists; returns the row count. */
    int createCounter(int year);

    /** The year's last sequence, row locked until the transaction ends; {@code null} if there is no row. */
    Integer lockCounter(int year);

    /** Sets the year's last sequence; returns the row count. */
    int updateCounter(@Param("year") int year, @Param("lastSequence") int lastSequence);

    /** Inserts invoices (one statement); returns the row count. */
    int insertInvoices(InvoiceInsert insert);

    /** Inserts lines (one statement); returns the row count. */
    int insertLines(InvoiceLineInsert insert);

    /** Invoices matching the filter, newest number first. */
    List<InvoiceRow> selectInvoices(InvoiceFilter filter);

    /** The lines of the invoices matching the filter. */
    List<InvoiceLineRow> selectLines(InvoiceFilter filter);

    /** Changes the status if it is {@code from}; returns the row count. */
    int changeStatus(StatusChange change);
}
