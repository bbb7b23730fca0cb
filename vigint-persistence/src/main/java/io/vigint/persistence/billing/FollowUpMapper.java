package io.vigint.persistence.billing;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * SQL over {@code invoice_payments}, {@code credit_notes}, {@code credit_note_counters} and {@code
 * invoice_reminders}; the statements are in {@code FollowUpMapper.xml}.
 */
public interface FollowUpMapper {
    /** The invoice's status, row locked until the transaction ends; {@code null} if there is no such invoice. */
    String lockInvoice(@Param("year") int year, @Param("sequence") int sequence);

    /** Inserts a payment; returns the row count. */
    int insertPayment(PaymentRow row);

    /** The invoice's payments, oldest first. */
    List<PaymentRow> payments(@Param("year") int year, @Param("sequence") int sequence);

    /** Creates the year's credit note counter at 0 unless it exists; returns the row count. */
    int createCounter(int year);

    /** The year's last credit note sequence, row locked until the transaction ends; {@code null} if none. */
    Integer lockCounter(int year);

    /** Sets the year's last credit note sequence; returns the row count. */
    int updateCounter(@Param("year") int year, @Param("lastSequence") int lastSequence);

    /** Inserts a credit note; returns the row count. */
    int insertCreditNote(CreditNoteRow row);

    /** Credit notes matching the filter, newest number first. */
    List<CreditNoteRow> selectCreditNotes(CreditNoteFilter filter);

    /** The days past due of the reminders sent for the invoice, ascending. */
    List<Integer> remindersSent(@Param("year") int year, @Param("sequence") int sequence);

    /** Records a reminder unless recorded already; returns the row count (0 or 1). */
    int insertReminder(
            @Param("year") int year,
            @Param("sequence") int sequence,
            @Param("afterDays") int afterDays,
            @Param("sentAt") OffsetDateTime sentAt);
}
