package io.vigint.core.billing;

import io.vigint.core.error.VigintException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A credit note number, {@code VIGINT-CN-YYYY-NNNN}: the year of issue and a gap-free sequence within
 * that year, counted apart from invoice numbers (at least four digits, more past 9999 a year).
 */
public record CreditNoteNumber(int year, int sequence) implements Comparable<CreditNoteNumber> {
    private static final Pattern FORMAT = Pattern.compile("^VIGINT-CN-(\\d{4})-(\\d{4,9})$");

    public CreditNoteNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    /**
     * Parses {@code VIGINT-CN-2026-0001}.
     *
     * @throws VigintException {@code VALIDATION_FAILED} for anything else
     */
    public static CreditNoteNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) < 1) {
            throw VigintException.invalid(
                    "credit_note_number", "a credit note number looks like VIGINT-CN-2026-0001, got: " + text);
        }
        return new CreditNoteNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(CreditNoteNumber other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return String.format("VIGINT-CN-%04d-%04d", year, sequence);
    }
}
