package io.vigint.billing.document;

import io.vigint.core.billing.TaxTreatment;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The words of an invoice or credit note, once for every rendering: the content Directive 2006/112/EC
 * art. 226 requires (issue date, number, both parties' names, addresses and VAT IDs, date of supply, the
 * lines, taxable amount, rate and VAT, the legal mention of a 0% treatment, the corrected invoice of a
 * credit note) and the payment details (due date, terms, the seller's account). The HTML and PDF
 * renderers and the email body lay these texts out; none of them words an item itself, so they cannot
 * drift apart. Texts are raw: each renderer escapes or encodes them for its format.
 */
public final class InvoiceContent {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private InvoiceContent() {}

    /**
     * A labelled value, e.g. {@code Issue date} / {@code 2026-11-23}.
     *
     * @param label what the value is
     * @param value the value as shown
     * @param strong whether it is a headline figure (the total, the amount due)
     */
    public record Row(String label, String value, boolean strong) {
        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        Row(String label, String value) {
            this(label, value, false);
        }

        /** {@code label: value}, for formats that put both on one line. */
        public String inline() {
            return label + ": " + value;
        }
    }

    /** {@code Invoice VIGINT-2026-0001} or {@code Credit note VIGINT-CN-2026-0001}. */
    public static String title(InvoiceDocument invoice) {
        return invoice.kind().title() + " " + invoice.number();
    }

    /**
     * The mark shown beside the title ({@code DRAFT}, {@code VOID}, {@code PAID}, {@code PARTIALLY PAID},
     * {@code OVERDUE}, {@code CREDITED}); empty for an issued document, which needs none.
     */
    public static String mark(InvoiceDocument invoice) {
        return invoice.status() == InvoiceDocument.Status.ISSUED
                ? ""
                : invoice.status().label().toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the mark warns that the document is not (or no longer) an ordinary claim, or is late: draft,
     * void, overdue. The other marks inform.
     */
    public static boolean markWarns(InvoiceDocument invoice) {
        return switch (invoice.status()) {
            case DRAFT, VOID, OVERDUE -> true;
            default -> false;
        };
    }

    /**
     * A party as printed.
     *
     * @param address the legal name, the address lines and the country
     * @param identifiers {@code VAT ID: …}, {@code Registration: …}, the email address; each where known
     */
    public record Party(List<String> address, List<String> identifiers) {
        public Party {
            address = List.copyOf(address);
            identifiers = List.copyOf(identifiers);
        }

        /** Every line, address first. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>(address);
            lines.addAll(identifiers);
            return lines;
        }
    }

    /**
     * The seller: legal name, address lines, country; then {@code VAT ID: …}, {@code Registration: …} and
     * the email address, each where configured.
     */
    public static Party seller(InvoiceDocument invoice) {
        Seller seller = invoice.seller();
        List<String> address = new ArrayList<>();
        address.add(seller.name());
        address.addAll(seller.addressLines());
        country(seller.addressLines(), seller.country()).ifPresent(address::add);
        List<String> identifiers = new ArrayList<>();
        if (!seller.vatId().isEmpty()) {
            identifiers.add("VAT ID: " + seller.vatId());
        }
        if (!seller.registration().isEmpty()) {
            identifiers.add("Registration: " + seller.registration());
        }
        if (!seller.email().isEmpty()) {
            identifiers.add(seller.email());
        }
        return new Party(address, identifiers);
    }

    /**
     * The customer: legal name, address lines, country; then {@code VAT ID: …} (always for a reverse
     * charge, where a missing ID reads {@code not given}) and the email address the document is sent to.
     */
    public static Party buyer(InvoiceDocument invoice) {
        InvoiceDocument.Buyer buyer = invoice.buyer();
        List<String> address = new ArrayList<>();
        address.add(buyer.legalName());
        address.addAll(buyer.addressLines());
        country(buyer.addressLines(), buyer.country()).ifPresent(address::add);
        List<String> identifiers = new ArrayList<>();
        String vatId = buyerVatId(invoice);
        if (!vatId.isEmpty()) {
            identifiers.add("VAT ID: " + vatId);
        }
        identifiers.add(invoice.clientEmail());
        return new Party(address, identifiers);
    }

    /** The customer's VAT ID as printed: the ID, {@code not given} for a reverse charge without one, or empty. */
    static String buyerVatId(InvoiceDocument invoice) {
        String vatId = invoice.buyer().vatId();
        if (vatId.isEmpty() && invoice.taxTreatment() == TaxTreatment.REVERSE_CHARGE) {
            return "not given";
        }
        return vatId;
    }

    /**
     * The dates and references: the corrected invoice (credit notes), issue date, date of supply, period,
     * due date (invoices), status.
     */
    public static List<Row> details(InvoiceDocument invoice) {
        List<Row> rows = new ArrayList<>();
        if (isCreditNote(invoice)) {
            rows.add(new Row("Corrects invoice", invoice.correctedInvoice()));
        }
        rows.add(new Row("Issue date", DATE.format(invoice.issueDate())));
        rows.add(new Row("Date of supply", DATE.format(invoice.supplyDate())));
        rows.add(new Row("Period", period(invoice)));
        if (!isCreditNote(invoice)) {
            rows.add(new Row("Due date", DATE.format(invoice.dueDate())));
        }
        rows.add(new Row("Status", invoice.status().label()));
        return rows;
    }

    /** {@code 2026-W47 (2026-11-16 to 2026-11-22)}. */
    public static String period(InvoiceDocument invoice) {
        return invoice.period().label() + " (" + DATE.format(invoice.period().start()) + " to "
                + DATE.format(invoice.period().lastDay()) + ")";
    }

    /** The column headers of the line table, without the currency. */
    public static List<String> lineHeaders() {
        return List.of("Service (endpoint)", "Quantity (calls)", "Unit price excl. VAT", "Amount excl. VAT");
    }

    /**
     * The totals: taxable amount, {@code VAT 21%} and its amount, total; then, on an invoice of which
     * something was paid, what was paid and the amount due.
     */
    public static List<Row> totals(InvoiceDocument invoice) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Taxable amount", Amounts.amount(invoice.subtotal())));
        rows.add(new Row("VAT " + Amounts.percent(invoice.vatRate()), Amounts.amount(invoice.vatAmount())));
        rows.add(new Row("Total", Amounts.withCurrency(invoice.total()), true));
        if (!isCreditNote(invoice) && invoice.amountPaid().amount().signum() > 0) {
            rows.add(new Row("Paid", Amounts.amount(invoice.amountPaid())));
            rows.add(new Row("Amount due", Amounts.withCurrency(invoice.amountDue()), true));
        }
        return rows;
    }

    /** The mention a 0% treatment requires (reverse charge, outside the EU, exempt); empty for domestic VAT. */
    public static String legalMention(InvoiceDocument invoice) {
        return invoice.taxTreatment().legalMention();
    }

    /**
     * How to pay an invoice (the due date is in {@link #details}): the payment method ({@code Payment:
     * Direct debit from BE** …}), the terms, and the seller's account in full with the number as the
     * reference. Empty for a credit note, which is not paid (it says which invoice it corrects).
     */
    public static List<Row> payment(InvoiceDocument invoice) {
        List<Row> rows = new ArrayList<>();
        if (isCreditNote(invoice)) {
            return rows;
        }
        rows.add(new Row("Payment", invoice.paymentMethod()));
        if (!invoice.paymentTerms().isEmpty()) {
            rows.add(new Row("Terms", invoice.paymentTerms()));
        }
        Seller seller = invoice.seller();
        if (!seller.iban().isEmpty()) {
            StringBuilder account =
                    new StringBuilder(seller.name()).append(", IBAN ").append(seller.iban());
            if (!seller.bic().isEmpty()) {
                account.append(", BIC ").append(seller.bic());
            }
            rows.add(new Row("Pay to", account.toString()));
            rows.add(new Row("Reference", invoice.number()));
        }
        return rows;
    }

    /**
     * The footer: the seller's identity on one line ({@code Vigint SA · VAT ID … · Registration …}), then
     * the configured footer text if any.
     */
    public static List<String> footer(InvoiceDocument invoice) {
        Seller seller = invoice.seller();
        List<String> parts = new ArrayList<>();
        parts.add(seller.name());
        if (!seller.vatId().isEmpty()) {
            parts.add("VAT ID " + seller.vatId());
        }
        if (!seller.registration().isEmpty()) {
            parts.add(seller.registration());
        }
        if (!seller.email().isEmpty()) {
            parts.add(seller.email());
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.join(" \u00b7 ", parts));
        if (!seller.footer().isEmpty()) {
            lines.add(seller.footer());
        }
        return lines;
    }

    /** The country's English name ({@code BE} → {@code Belgium}), or the code where Java knows no name. */
    public static String countryName(String code) {
        if (code.isEmpty()) {
            return "";
        }
        String name = new Locale("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code.toUpperCase(Locale.ROOT) : name;
    }

    /** The country as the address's last line, unless the address already ends with it. */
    private static Optional<String> country(List<String> addressLines, String code) {
        String name = countryName(code);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!addressLines.isEmpty()) {
            String last = addressLines.get(addressLines.size() - 1).strip().toLowerCase(Locale.ROOT);
            if (last.endsWith(name.toLowerCase(Locale.ROOT)) || last.equals(code.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static boolean isCreditNote(InvoiceDocument invoice) {
        return invoice.kind() == InvoiceDocument.Kind.CREDIT_NOTE;
    }
}
