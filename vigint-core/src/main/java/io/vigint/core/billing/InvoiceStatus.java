package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.Locale;

/**
 * Where an invoice stands. The batch issues invoices; a dry run shows drafts that are never stored.
 * Payments move an issued invoice to {@code partially_paid} and then {@code paid}; the scheduler marks an
 * issued or partially paid invoice past its due date {@code overdue}; credit notes correct an issued
 * invoice, and one credited in full is {@code credited} (final; its period can be invoiced again).
 * {@code void} is for drafts only: an issued invoice is never voided any more, but invoices voided
 * before credit notes existed keep that status (final; their period can be invoiced again).
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PARTIALLY_PAID,
    PAID,
    OVERDUE,
    CREDITED,
    VOID;

    /** The lower-case name used in JSON, the CLI and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the invoice still counts for its client and period: every status but credited and void. */
    public boolean active() {
        return this != CREDITED && this != VOID;
    }

    /** Whether money can still be owed on it: issued, partially paid or overdue. */
    public boolean open() {
        return this == ISSUED || this == PARTIALLY_PAID || this == OVERDUE;
    }

    /**
     * Parses {@code draft}, {@code issued}, {@code partially_paid}, {@code paid}, {@code overdue},
     * {@code credited} or {@code void} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code status} otherwise
     */
    public static InvoiceStatus parse(String text) {
        return Checks.code(
                InvoiceStatus.class, text, "status", "draft, issued, partially_paid, paid, overdue, credited or void");
    }
}
