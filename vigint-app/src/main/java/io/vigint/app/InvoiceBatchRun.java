package io.vigint.app;

import com.google.inject.Inject;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.schedule.ScheduledInvoiceRun;
import io.vigint.core.schedule.ScheduledPeriod;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the scheduler runs: the invoice batch ({@link InvoicingUseCase}, which also emails each new
 * invoice) for the period the scheduler hands over, so only the clients billed at that period's
 * frequency are invoiced. Exactly what {@code vigint invoices run --period LABEL} does; a period already
 * invoiced changes nothing and sends nothing. Failed emails are logged (the invoices stand).
 */
final class InvoiceBatchRun implements ScheduledInvoiceRun {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceBatchRun.class);

    private final InvoicingUseCase invoicing;

    @Inject
    InvoiceBatchRun(InvoicingUseCase invoicing) {
        this.invoicing = Objects.requireNonNull(invoicing, "invoicing");
    }

    @Override
    public void run(ScheduledPeriod period) {
        BillingPeriod billingPeriod = BillingPeriod.parse(period.label());
        List<InvoiceRunReport> reports =
                invoicing.runInvoices(new RunInvoicesCommand(Optional.of(billingPeriod), false));
        for (InvoiceRunReport report : reports) {
            LOG.info(
                    "Scheduled invoice run {}: {} invoice(s) issued, {} client(s) already invoiced, {} without usage",
                    report.period().code(),
                    report.invoices().size(),
                    report.alreadyInvoiced().size(),
                    report.withoutUsage().size());
            report.notSent()
                    .forEach((number, reason) -> LOG.warn(
                            "Invoice {} was issued but its email failed ({}); send it again with"
                                    + " 'vigint invoices send {}'",
                            number,
                            reason,
                            number));
        }
    }
}
