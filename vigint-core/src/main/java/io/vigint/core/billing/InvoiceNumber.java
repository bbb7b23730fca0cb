package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice number, {@code VIGINT-YYYY-NNNN}: the year and a gap-free sequence within that year
 * (at least four digits, more once a year passes 9999 invoices).
 */
public record InvoiceNumber(int year, int sequence) implements Comparable<InvoiceNumber> {
    private static final Pattern FORMAT = Pattern.compile("^VIGINT-(\\d{4})-(\\d{4,9})$");

    public InvoiceNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    /**
     * Parses {@code VIGINT-2026-0001}.
     *
     * @throws VigintException {@code VALIDATION_FAILED} for anything else
     */
    public static InvoiceNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) < 1) {
            throw VigintException.invalid(
                    "invoice_number", "an invoice number looks like VIGINT-2026-0001, got: " + text);
        }
        return new InvoiceNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The next number in the same year. */
    public InvoiceNumber next() {
        return new InvoiceNumber(year, sequence + 1);
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("VIGINT-%04d-%04d", year, sequence);
    }
}
