package io.vigint.billing.document;

import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an invoice shows, ready to render: a view of an invoice, not the invoice itself (the
 * billing domain computes the amounts; this record only checks they are in one currency).
 *
 * @param number e.g. {@code VIGINT-2026-0001}
 * @param issueDate the day the invoice was issued (or created, for a draft)
 * @param status draft, issued, paid or void; a draft or void invoice says so on every rendering
 * @param seller who issues it
 * @param clientName the client's name as stored (rendered escaped)
 * @param clientEmail the client's address, where the invoice is sent
 * @param period the billing period
 * @param currency the currency of every amount
 * @param lines one per endpoint, possibly none
 * @param subtotal the sum of the lines
 * @param vatRate the VAT rate as a fraction, {@code 0.21} for 21%
 * @param vatAmount the VAT on the subtotal
 * @param total subtotal plus VAT
 * @param paymentMethod how the client pays, already safe to show (a method name, or a masked IBAN such
 *     as {@code Direct debit from BE** **** **** 7871}); never a full IBAN * @param kind an invoice or a credit note
 * @param correctedInvoice for a credit note, the number of the invoice it corrects; empty otherwise
 * @param buyer the customer's legal identity as invoiced (art. 226 (5) and (4): name, address, VAT ID)
 * @param supplyDate the date of supply (art. 226 (7)): the last day of the period
 * @param dueDate when payment is due
 * @param paymentTerms the terms as a sentence, e.g. {@code Payment within 30 days}; may be empty
 * @param taxTreatment how VAT applies; its {@link TaxTreatment#legalMention()} is shown when not empty
 * @param pricesIncludeVat whether the client's prices were VAT-inclusive (the lines are net either way)
 * @param amountPaid what has been paid so far (zero for a new invoice)
 */
public record InvoiceDocument(
        String number,
        LocalDate issueDate,
        Status status,
        Seller seller,
        String clientName,
        String clientEmail,
        Period period,
        Currency currency,
        List<Line> lines,
        Money subtotal,
        BigDecimal vatRate,
        Money vatAmount,
        Money total,
        String paymentMethod,
        Kind kind,
        String correctedInvoice,
        Buyer buyer,
        LocalDate supplyDate,
        LocalDate dueDate,
        String paymentTerms,
        TaxTreatment taxTreatment,
        boolean pricesIncludeVat,
        Money amountPaid) {

    public InvoiceDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(clientEmail, "clientEmail");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        Objects.requireNonNull(vatRate, "vatRate");
        paymentMethod = paymentMethod == null || paymentMethod.isBlank() ? "Not set" : paymentMethod.strip();
        Objects.requireNonNull(kind, "kind");
        correctedInvoice = correctedInvoice == null ? "" : correctedInvoice.strip();
        if (kind == Kind.CREDIT_NOTE && correctedInvoice.isEmpty()) {
            throw new IllegalArgumentException("a credit note names the invoice it corrects");
        }
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(supplyDate, "supplyDate");
        Objects.requireNonNull(dueDate, "dueDate");
        paymentTerms = paymentTerms == null ? "" : paymentTerms.strip();
        Objects.requireNonNull(taxTreatment, "taxTreatment");
        for (Money amount : List.of(subtotal, vatAmount, total, amountPaid)) {
            requireCurrency(amount, currency);
        }
        for (Line line : lines) {
            requireCurrency(line.unitPrice(), currency);
            requireCurrency(line.amount(), currency);
        }
    }

    /**
     * The document as it was before the art. 226 fields: the buyer is the client's name and email, the
     * supply date the period's last day, due on the issue date, domestic VAT, nothing paid.
     */
    public InvoiceDocument(
            String number,
            LocalDate issueDate,
            Status status,
            Seller seller,
            String clientName,
            String clientEmail,
            Period period,
            Currency currency,
            List<Line> lines,
            Money subtotal,
            BigDecimal vatRate,
            Money vatAmount,
            Money total,
            String paymentMethod) {
        this(
                number,
                issueDate,
                status,
                seller,
                clientName,
                clientEmail,
                period,
                currency,
                lines,
                subtotal,
                vatRate,
                vatAmount,
                total,
                paymentMethod,
                Kind.INVOICE,
                "",
                Buyer.named(clientName),
                period.lastDay(),
                issueDate,
                "",
                TaxTreatment.DOMESTIC,
                false,
                Money.zero(currency).rounded());
    }

    /** What is left to pay: total minus paid, never below zero. */
    public Money amountDue() {
        Money due = total.minus(amountPaid);
        return due.amount().signum() < 0 ? Money.zero(currency).rounded() : due;
    }

    /** The file name for a rendering, e.g. {@code VIGINT-2026-0001.pdf}. */
    public String fileName(String extension) {
        return number.replaceAll("[^A-Za-z0-9-]", "_") + "." + extension;
    }

    private static void requireCurrency(Money amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException(
                    "amount " + amount + " is not in the invoice's currency " + currency.getCurrencyCode());
        }
    }

    /** An invoice's status as documents show it. */
    public enum Status {
        DRAFT,
        ISSUED,
        PAID,
        PARTIALLY_PAID,
        OVERDUE,
        CREDITED,
        VOID;

        /** For example {@code Issued}, {@code Partially paid}. */
        public String label() {
            String lower = name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    /** What the document is. */
    public enum Kind {
        INVOICE("Invoice"),
        CREDIT_NOTE("Credit note");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        /** {@code Invoice} or {@code Credit note}. */
        public String title() {
            return title;
        }
    }

    /**
     * The customer as invoiced.
     *
     * @param legalName the legal name (the client's name when no billing profile is set)
     * @param addressLines the postal address, one line each, possibly none
     * @param country ISO 3166-1 alpha-2, or empty when unknown
     * @param vatId the customer's VAT ID, or empty
     */
    public record Buyer(String legalName, List<String> addressLines, String country, String vatId) {
        public Buyer {
            Objects.requireNonNull(legalName, "legalName");
            addressLines = List.copyOf(addressLines == null ? List.of() : addressLines);
            country = country == null ? "" : country.strip();
            vatId = vatId == null ? "" : vatId.strip();
        }

        /** A buyer known only by name. */
        public static Buyer named(String legalName) {
            return new Buyer(legalName, List.of(), "", "");
        }
    }

    /**
     * The billing period [{@code start}, {@code end}).
     *
     * @param label e.g. {@code 2026-W47}, {@code 2026-11}, {@code 2026-Q4}
     * @param start the first day
     * @param end the day after the last (exclusive)
     */
    public record Period(String label, LocalDate start, LocalDate end) {
        public Period {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
            }
        }

        /** The last day of the period (inclusive), as people read it. */
        public LocalDate lastDay() {
            return end.minusDays(1);
        }
    }

    /**
     * One line: the calls of one endpoint in the period.
     *
     * @param endpoint e.g. {@code /api/video/analyze}
     * @param count how many calls
     * @param unitPrice the price of one call (may have more than 2 decimals)
     * @param amount what the line costs
     */
    public record Line(String endpoint, long count, Money unitPrice, Money amount) {
        public Line {
            Objects.requireNonNull(endpoint, "endpoint");
            Objects.requireNonNull(unitPrice, "unitPrice");
            Objects.requireNonNull(amount, "amount");
            if (count < 0) {
                throw new IllegalArgumentException("a line's count is not negative: " + count);
            }
        }
    }
}
