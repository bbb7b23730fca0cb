package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The invoicing use case that also delivers: every invoice a (non-dry) run issues is emailed to its
 * client through {@link InvoiceDocuments#send} once its transaction has committed. A failed email never
 * undoes the invoice: it is listed in {@link InvoiceRunReport#notSent()} and can be sent again with
 * {@link InvoiceDocuments#send}. Invoices skipped as already invoiced are not sent again, so re-running a
 * period sends nothing. The numbers a run issued are then handed to {@code afterIssue} (the accounting
 * export queue, when it is on), once per run. Everything else is the wrapped use case's.
 */
public record DeliveringInvoicingService(
        InvoicingUseCase invoicing, InvoiceDocuments documents, Consumer<List<InvoiceNumber>> afterIssue)
        implements InvoicingUseCase {
    public DeliveringInvoicingService {
        Checks.nonNull("invoicing documents afterIssue", invoicing, documents, afterIssue);
    }

    /** Delivery by email only. */
    public DeliveringInvoicingService(InvoicingUseCase invoicing, InvoiceDocuments documents) {
        this(invoicing, documents, numbers -> {});
    }

    @Override
    public List<InvoiceRunReport> runInvoices(RunInvoicesCommand command) {
        List<InvoiceRunReport> reports = invoicing.runInvoices(command);
        if (command.dryRun()) {
            return reports;
        }
        List<InvoiceRunReport> delivered = reports.stream().map(this::deliver).toList();
        afterIssue.accept(delivered.stream()
                .flatMap(report -> report.invoices().stream())
                .map(invoice -> invoice.number().orElseThrow())
                .toList());
        return delivered;
    }

    private InvoiceRunReport deliver(InvoiceRunReport report) {
        Map<InvoiceNumber, String> failed = new LinkedHashMap<>();
        for (Invoice invoice : report.invoices()) {
            try {
                documents.send(invoice);
            } catch (RuntimeException e) {
                failed.put(invoice.number().orElseThrow(), reason(e));
            }
        }
        return failed.isEmpty() ? report : report.withNotSent(failed);
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    @Override
    public List<Invoice> listInvoices(Optional<ClientId> clientId, Optional<InvoiceStatus> status) {
        return invoicing.listInvoices(clientId, status);
    }

    @Override
    public Invoice invoice(InvoiceNumber number) {
        return invoicing.invoice(number);
    }

    @Override
    public Invoice clientInvoice(ClientId clientId, InvoiceNumber number) {
        return invoicing.clientInvoice(clientId, number);
    }

    @Override
    public InvoiceVerification verify(InvoiceNumber number) {
        return invoicing.verify(number);
    }

    @Override
    public Invoice markPaid(InvoiceNumber number) {
        return invoicing.markPaid(number);
    }

    @Override
    public Invoice voidInvoice(InvoiceNumber number) {
        return invoicing.voidInvoice(number);
    }
}
