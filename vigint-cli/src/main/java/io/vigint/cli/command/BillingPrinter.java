package io.vigint.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceLine;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoiceVerification;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.SealedReference;
import io.vigint.core.client.ClientId;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Prints billing results as text for people or, with {@code --output json}, as JSON with the same
 * snake_case fields as the HTTP API: amounts are decimal strings ({@code "12.10"}), instants ISO-8601
 * UTC. References are only ever printed masked.
 */
final class BillingPrinter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintStream out;
    private final OutputFormat format;

    BillingPrinter(PrintStream out, OutputFormat format) {
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
    }

    void paymentDetails(PaymentDetails d, String headline) {
        if (format == OutputFormat.JSON) {
            json(paymentJson(d));
            return;
        }
        if (headline != null) {
            out.println(headline);
        }
        out.println("Client:      " + d.clientId().value());
        out.println("Method:      " + d.method().code());
        out.println("Frequency:   " + d.frequency().code());
        out.println("Auto-pay:    " + (d.autoPay() ? "yes" : "no"));
        out.println("IBAN:        " + d.iban().map(SealedReference::masked).orElse("-"));
        out.println("BIC:         " + d.bic().map(Object::toString).orElse("-"));
        out.println(
                "Customer id: " + d.customerId().map(SealedReference::masked).orElse("-"));
        out.println("Updated:     " + d.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    void runReports(List<InvoiceRunReport> reports) {
        if (format == OutputFormat.JSON) {
            ArrayNode array = NODES.arrayNode();
            reports.forEach(r -> array.add(reportJson(r)));
            json(array);
            return;
        }
        for (InvoiceRunReport r : reports) {
            out.printf(
                    "Period %s (%s, %s to %s)%s%n",
                    r.period().code(),
                    r.period().frequency().code(),
                    r.period().start(),
                    r.period().end(),
                    r.dryRun() ? " - dry run, nothing written" : "");
            out.printf(
                    "  %d invoice%s %s, %d client%s already invoiced, %d client%s without usage (no invoice)%n",
                    r.invoices().size(),
                    plural(r.invoices().size()),
                    r.dryRun() ? "would be issued" : "issued",
                    r.alreadyInvoiced().size(),
                    plural(r.alreadyInvoiced().size()),
                    r.withoutUsage().size(),
                    plural(r.withoutUsage().size()));
            for (Invoice i : r.invoices()) {
                out.printf(
                        "  %-17s client %-6d %d line%s  subtotal %s  VAT %s  total %s%n",
                        number(i),
                        i.clientId().value(),
                        i.lines().size(),
                        plural(i.lines().size()),
                        i.subtotal().amount().toPlainString(),
                        i.vat().amount().toPlainString(),
                        i.total());
            }
            if (!r.dryRun() && !r.invoices().isEmpty()) {
                int sent = r.invoices().size() - r.notSent().size();
                out.printf("  %d invoice%s emailed with the PDF attached%n", sent, plural(sent));
            }
            r.notSent()
                    .forEach((number, reason) -> out.printf(
                            "  NOT EMAILED: %s (%s); the invoice stands, send it with 'vigint invoices send %s'%n",
                            number, reason, number));
        }
    }

    void invoices(List<Invoice> invoices) {
        if (format == OutputFormat.JSON) {
            ArrayNode array = NODES.arrayNode();
            invoices.forEach(i -> array.add(invoiceJson(i)));
            json(array);
            return;
        }
        if (invoices.isEmpty()) {
            out.println("No invoices.");
            return;
        }
        out.printf("%-17s %-7s %-9s %-7s %12s %s%n", "NUMBER", "CLIENT", "PERIOD", "STATUS", "TOTAL", "ISSUED");
        for (Invoice i : invoices) {
            out.printf(
                    "%-17s %-7d %-9s %-7s %12s %s%n",
                    number(i),
                    i.clientId().value(),
                    i.period().code(),
                    i.status().code(),
                    i.total(),
                    i.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    void invoice(Invoice i, String headline) {
        if (format == OutputFormat.JSON) {
            json(invoiceJson(i));
            return;
        }
        if (headline != null) {
            out.println(headline);
        }
        out.println("Invoice " + number(i) + "  (" + i.status().code() + ")");
        out.println("Client:  " + i.clientId().value());
        out.println("Period:  " + i.period().code() + "  [" + i.period().start() + ", "
                + i.period().end() + ")");
        out.println("Issued:  " + i.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + i.paidAt()
                        .map(t -> "   paid " + t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        .orElse("")
                + i.voidedAt()
                        .map(t -> "   voided " + t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        .orElse(""));
        out.printf("  %-30s %8s %12s %12s%n", "ENDPOINT", "CALLS", "UNIT", "AMOUNT");
        for (InvoiceLine l : i.lines()) {
            out.printf(
                    "  %-30s %8d %12s %12s%n",
                    l.endpoint(),
                    l.count(),
                    l.unitPrice().map(BigDecimal::toPlainString).orElse("varies"),
                    l.amount().amount().toPlainString());
        }
        out.printf(
                "  %-30s %8s %12s %12s%n",
                "Subtotal", "", "", i.subtotal().amount().toPlainString());
        out.printf(
                "  %-30s %8s %12s %12s%n",
                "VAT " + i.vatRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                "",
                "",
                i.vat().amount().toPlainString());
        out.printf(
                "  %-30s %8s %12s %12s%n",
                "Total " + i.currency().getCurrencyCode(),
                "",
                "",
                i.total().amount().toPlainString());
    }

    void verification(InvoiceVerification v) {
        if (format == OutputFormat.JSON) {
            ObjectNode node = NODES.objectNode();
            node.put("number", v.number().toString());
            node.put("matches", v.matches());
            ArrayNode differences = node.putArray("differences");
            v.differences().forEach(differences::add);
            json(node);
            return;
        }
        if (v.matches()) {
            out.println(v.number() + " matches its usage: every line, the subtotal, VAT and total recomputed.");
            return;
        }
        out.println(v.number() + " differs from its usage:");
        v.differences().forEach(d -> out.println("  " + d));
    }

    static ObjectNode paymentJson(PaymentDetails d) {
        ObjectNode node = NODES.objectNode();
        node.put("client_id", d.clientId().value());
        node.put("method", d.method().code());
        node.put("frequency", d.frequency().code());
        node.put("auto_pay", d.autoPay());
        node.put("iban", d.iban().map(SealedReference::masked).orElse(null));
        node.put("bic", d.bic().map(Object::toString).orElse(null));
        node.put("customer_id", d.customerId().map(SealedReference::masked).orElse(null));
        node.put("updated_at", d.updatedAt().toString());
        return node;
    }

    static ObjectNode reportJson(InvoiceRunReport r) {
        ObjectNode node = NODES.objectNode();
        node.put("period", r.period().code());
        node.put("frequency", r.period().frequency().code());
        node.put("period_start", r.period().start().toString());
        node.put("period_end", r.period().end().toString());
        node.put("dry_run", r.dryRun());
        ArrayNode invoices = node.putArray("invoices");
        r.invoices().forEach(i -> invoices.add(invoiceJson(i)));
        ArrayNode skipped = node.putArray("already_invoiced");
        r.alreadyInvoiced().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparingLong(ClientId::value)))
                .forEach(e -> skipped.addObject()
                        .put("client_id", e.getKey().value())
                        .put("number", e.getValue().toString()));
        ArrayNode idle = node.putArray("without_usage");
        r.withoutUsage().forEach(c -> idle.add(c.value()));
        ArrayNode notSent = node.putArray("not_sent");
        r.notSent().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(Object::toString)))
                .forEach(e ->
                        notSent.addObject().put("number", e.getKey().toString()).put("reason", e.getValue()));
        return node;
    }

    static ObjectNode invoiceJson(Invoice i) {
        ObjectNode node = NODES.objectNode();
        node.put("number", i.number().map(Object::toString).orElse(null));
        node.put("client_id", i.clientId().value());
        node.put("period", i.period().code());
        node.put("period_start", i.period().start().toString());
        node.put("period_end", i.period().end().toString());
        node.put("status", i.status().code());
        node.put("currency", i.currency().getCurrencyCode());
        ArrayNode lines = node.putArray("lines");
        for (InvoiceLine l : i.lines()) {
            ObjectNode line = lines.addObject();
            line.put("endpoint", l.endpoint());
            line.put("count", l.count());
            line.put("unit_price", l.unitPrice().map(BigDecimal::toPlainString).orElse(null));
            line.put("amount", l.amount().amount().toPlainString());
        }
        node.put("subtotal", i.subtotal().amount().toPlainString());
        node.put("vat_rate", i.vatRate().toPlainString());
        node.put("vat", i.vat().amount().toPlainString());
        node.put("total", i.total().amount().toPlainString());
        node.put("issued_at", iso(i.status() == io.vigint.core.billing.InvoiceStatus.DRAFT ? null : i.issuedAt()));
        node.put("paid_at", iso(i.paidAt().orElse(null)));
        node.put("voided_at", iso(i.voidedAt().orElse(null)));
        return node;
    }

    private static String number(Invoice i) {
        return i.number().map(Object::toString).orElse("(draft)");
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private void json(Object node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
