package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.http.json.Envelope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The operator's invoicing (SPEC §3.4), behind {@code X-Admin-Key}:
 *
 * <ul>
 *   <li>{@code POST /admin/v1/invoices/run} with optional {@code {"period": "2026-11", "dry_run": true}}:
 *       run (or re-run) the batch; one report per period
 *   <li>{@code GET /admin/v1/invoices} ({@code ?client_id=&status=}) and {@code GET /admin/v1/invoices/{number}}
 *   <li>{@code GET /admin/v1/invoices/{number}/verify}: recompute from usage
 *   <li>{@code POST /admin/v1/invoices/{number}/mark-paid} and {@code …/void}
 * </ul>
 */
@Tag(name = "Admin: billing", description = "Operator API: invoices and payment details")
@Path("admin/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public record AdminInvoiceResource(InvoicingUseCase invoicing) {
    @Operation(operationId = "adminRunInvoices", summary = "Invoice a period for every client (or the ones named)")
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<List<InvoiceRunView>> run(RunInvoicesRequest body) {
        Optional<BillingPeriod> period =
                Optional.ofNullable(body).map(RunInvoicesRequest::period).map(BillingPeriod::parse);
        boolean dryRun = body != null && Boolean.TRUE.equals(body.dryRun());
        return Envelope.of(invoicing.runInvoices(new RunInvoicesCommand(period, dryRun)).stream()
                .map(InvoiceRunView::of)
                .toList());
    }

    @Operation(operationId = "adminListInvoices", summary = "Invoices, by client and status")
    @GET
    public Envelope<List<InvoiceView>> list(
            @QueryParam("client_id") String clientId, @QueryParam("status") String status) {
        return Envelope.of(invoicing
                .listInvoices(
                        Optional.ofNullable(clientId).map(AdminInvoiceResource::clientId),
                        Optional.ofNullable(status).map(InvoiceStatus::parse))
                .stream()
                .map(InvoiceView::of)
                .toList());
    }

    private static ClientId clientId(String text) {
        long id;
        try {
            id = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id <= 0) {
            throw io.vigint.core.error.VigintException.invalid("client_id", "client_id is a positive whole number");
        }
        return new ClientId(id);
    }

    @Operation(operationId = "adminGetInvoice", summary = "One invoice")
    @GET
    @Path("{number}")
    public Envelope<InvoiceView> get(@PathParam("number") String number) {
        return Envelope.of(InvoiceView.of(invoicing.invoice(InvoiceNumber.parse(number))));
    }

    @Operation(operationId = "adminVerifyInvoice", summary = "Check an invoice's stored totals and hash")
    @GET
    @Path("{number}/verify")
    public Envelope<InvoiceVerificationView> verify(@PathParam("number") String number) {
        return Envelope.of(InvoiceVerificationView.of(invoicing.verify(InvoiceNumber.parse(number))));
    }

    @Operation(operationId = "adminMarkInvoicePaid", summary = "Mark an invoice paid")
    @POST
    @Path("{number}/mark-paid")
    public Envelope<InvoiceView> markPaid(@PathParam("number") String number) {
        return Envelope.of(InvoiceView.of(invoicing.markPaid(InvoiceNumber.parse(number))), "Invoice marked paid");
    }

    @Operation(operationId = "adminVoidInvoice", summary = "Void an invoice")
    @POST
    @Path("{number}/void")
    public Envelope<InvoiceView> voidInvoice(@PathParam("number") String number) {
        return Envelope.of(InvoiceView.of(invoicing.voidInvoice(InvoiceNumber.parse(number))), "Invoice voided");
    }
}
