package io.vigint.http.billing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.client.ClientId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What one batch run did for one period; {@code not_sent} lists invoices whose email failed. */
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
public record InvoiceRunView(
        String period,
        String frequency,
        String periodStart,
        String periodEnd,
        boolean dryRun,
        List<InvoiceView> invoices,
        List<Skipped> alreadyInvoiced,
        List<Long> withoutUsage,
        List<NotSent> notSent) {

    /** An invoice issued by the run whose email failed: it stands, and can be sent again. */
    @JsonPropertyOrder({"number", "reason"})
    public record NotSent(String number, String reason) {}

    /** A client skipped because it already has this invoice for the period. */
    @JsonPropertyOrder({"client_id", "number"})
    public record Skipped(long clientId, String number) {}

    public static InvoiceRunView of(InvoiceRunReport r) {
        return new InvoiceRunView(
                r.period().code(),
                r.period().frequency().code(),
                r.period().start().toString(),
                r.period().end().toString(),
                r.dryRun(),
                r.invoices().stream().map(InvoiceView::of).toList(),
                r.alreadyInvoiced().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(Comparator.comparingLong(ClientId::value)))
                        .map(e -> new Skipped(e.getKey().value(), e.getValue().toString()))
                        .toList(),
                r.withoutUsage().stream().map(ClientId::value).toList(),
                r.notSent().entrySet().stream()
                        .map(e -> new NotSent(e.getKey().toString(), e.getValue()))
                        .sorted(Comparator.comparing(NotSent::number))
                        .toList());
    }
}
