package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.Locale;

/**
 * Where an invoice stands. The batch issues invoices; a dry run shows drafts that are never stored.
 * An issued invoice can be paid or voided; a paid invoice can be voided (a refund or credit note is
 * outside Vigint); a void invoice is final, and its period can be invoiced again.
 */
public enum InvoiceStatus {
    DRAFT,
    ISSUED,
    PAID,
    VOID;

    /** The lower-case name used in JSON, the CLI and the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code draft}, {@code issued}, {@code paid} or {@code void} (any case).
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code status} otherwise
     */
    public static InvoiceStatus parse(String text) {
        return Checks.code(InvoiceStatus.class, text, "status", "draft, issued, paid or void");
    }
}
