package io.vigint.core.accounting;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What a ledger needs of one issued invoice or credit note, and nothing else: its number and kind, dates,
 * the customer as invoiced, the lines (net unit prices and their VAT rate) and the totals. Built from the
 * stored invoice when it is exported, so a retry sends the same content.
 *
 * @param number the document's number, e.g. {@code VIGINT-2026-0001} or {@code VIGINT-CN-2026-0001}
 * @param kind invoice or credit note
 * @param correctedNumber for a credit note, the number of the invoice it corrects
 * @param issueDate the date of issue
 * @param dueDate when payment is due
 * @param currency the currency of every amount
 * @param customer the customer as the invoice names it
 * @param lines at least one line
 * @param subtotal the sum of the lines' net amounts
 * @param vat the VAT charged
 * @param total subtotal plus VAT
 */
public record AccountingInvoice(
        String number,
        Kind kind,
        Optional<String> correctedNumber,
        LocalDate issueDate,
        LocalDate dueDate,
        Currency currency,
        Customer customer,
        List<Line> lines,
        Money subtotal,
        Money vat,
        Money total) {
    /** Invoice or credit note. */
    public enum Kind {
        INVOICE,
        CREDIT_NOTE
    }

    public AccountingInvoice {
        Checks.nonNull(
                "number kind correctedNumber issueDate dueDate currency customer lines subtotal vat total",
                number,
                kind,
                correctedNumber,
                issueDate,
                dueDate,
                currency,
                customer,
                lines,
                subtotal,
                vat,
                total);
        if (number.isBlank()) {
            throw new IllegalArgumentException("an exported invoice has a number");
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an exported invoice has at least one line");
        }
        if (kind == Kind.CREDIT_NOTE && correctedNumber.isEmpty()) {
            throw new IllegalArgumentException("a credit note names the invoice it corrects");
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("the due date cannot be before the issue date");
        }
    }

    /**
     * The customer as invoiced.
     *
     * @param legalName the legal (or display) name
     * @param email where the invoice goes
     * @param addressLines street lines, possibly none
     * @param postalCode the postal code, if known
     * @param city the city, if known
     * @param country ISO 3166-1 alpha-2 code, if known
     * @param vatId the customer's VAT number, if any
     */
    public record Customer(
            String legalName,
            String email,
            List<String> addressLines,
            Optional<String> postalCode,
            Optional<String> city,
            Optional<String> country,
            Optional<String> vatId) {
        public Customer {
            Checks.nonNull(
                    "legalName email addressLines postalCode city country vatId",
                    legalName,
                    email,
                    addressLines,
                    postalCode,
                    city,
                    country,
                    vatId);
            addressLines = List.copyOf(addressLines);
        }

        /** A customer known by name and email only. */
        public static Customer named(String legalName, String email) {
            return new Customer(
                    legalName,
                    email,
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
        }
    }

    /**
     * One line.
     *
     * @param description what was supplied
     * @param quantity how many (may be fractional)
     * @param unitPriceNet the net price of one unit, in the invoice's currency, unrounded
     * @param vatRate the VAT rate as a fraction, e.g. {@code 0.21}
     */
    public record Line(String description, BigDecimal quantity, BigDecimal unitPriceNet, BigDecimal vatRate) {
        public Line {
            Checks.nonNull("description quantity unitPriceNet vatRate", description, quantity, unitPriceNet, vatRate);
            if (vatRate.signum() < 0 || vatRate.compareTo(BigDecimal.ONE) >= 0) {
                throw new IllegalArgumentException("a VAT rate is a fraction from 0 to below 1");
            }
        }
    }
}
