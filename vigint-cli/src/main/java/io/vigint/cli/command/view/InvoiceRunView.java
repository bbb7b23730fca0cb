package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.client.ClientId;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What an invoice run did (or, dry, would do) per period: a JSON array, or a paragraph per period. */
public record InvoiceRunView(@JsonValue List<Period> periods) implements View {
    public static InvoiceRunView of(List<InvoiceRunReport> reports) {
        return new InvoiceRunView(reports.stream().map(Period::of).toList());
    }

    @Override
    public void printText(PrintStream out) {
        periods.forEach(p -> p.printText(out));
    }

    /** One period's run; skipped clients sorted by id, unsent invoices by number. */
    @JsonPropertyOrder({
        "period",
        "frequency",
        "period_start",
        "period_end",
        "dry_run",
        "invoices",
        "already_invoiced",
        "without_usage",
        "not_sent"
    })
    public record Period(
            String period,
            String frequency,
            Instant periodStart,
            Instant periodEnd,
            boolean dryRun,
            List<InvoiceView> invoices,
            List<Skipped> alreadyInvoiced,
            List<Long> withoutUsage,
            List<NotSent> notSent) {
        static Period of(InvoiceRunReport r) {
            return new Period(
                    r.period().code(),
                    r.period().frequency().code(),
                    r.period().start(),
                    r.period().end(),
                    r.dryRun(),
                    r.invoices().stream().map(InvoiceView::of).toList(),
                    r.alreadyInvoiced().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey(Comparator.comparingLong(ClientId::value)))
                            .map(e ->
                                    new Skipped(e.getKey().value(), e.getValue().toString()))
                            .toList(),
                    r.withoutUsage().stream().map(ClientId::value).toList(),
                    r.notSent().entrySet().stream()
                            .map(e -> new NotSent(e.getKey().toString(), e.getValue()))
                            .sorted(Comparator.comparing(NotSent::number))
                            .toList());
        }

        void printText(PrintStream out) {
            out.printf(
                    "Period %s (%s, %s to %s)%s%n",
                    period, frequency, periodStart, periodEnd, dryRun ? " - dry run, nothing written" : "");
            out.printf(
                    "  %d invoice%s %s, %d client%s already invoiced, %d client%s without usage (no invoice)%n",
                    invoices.size(),
                    Text.plural(invoices.size()),
                    dryRun ? "would be issued" : "issued",
                    alreadyInvoiced.size(),
                    Text.plural(alreadyInvoiced.size()),
                    withoutUsage.size(),
                    Text.plural(withoutUsage.size()));
            for (InvoiceView i : invoices) {
                out.printf(
                        "  %-17s client %-6d %d line%s  subtotal %s  VAT %s  total %s%n",
                        i.numberText(),
                        i.clientId(),
                        i.lines().size(),
                        Text.plural(i.lines().size()),
                        i.subtotal(),
                        i.vat(),
                        i.totalText());
            }
            if (!dryRun && !invoices.isEmpty()) {
                int sent = invoices.size() - notSent.size();
                out.printf("  %d invoice%s emailed with the PDF attached%n", sent, Text.plural(sent));
            }
            notSent.forEach(n -> out.printf(
                    "  NOT EMAILED: %s (%s); the invoice stands, send it with 'vigint invoices send %s'%n",
                    n.number(), n.reason(), n.number()));
        }
    }

    /** A client skipped because it already has the period's invoice. */
    @JsonPropertyOrder({"client_id", "number"})
    public record Skipped(long clientId, String number) {}

    /** An invoice issued whose email failed. */
    @JsonPropertyOrder({"number", "reason"})
    public record NotSent(String number, String reason) {}
}
