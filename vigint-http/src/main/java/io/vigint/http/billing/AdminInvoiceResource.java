package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.CreditNoteIssued;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.core.billing.RecordPaymentCommand;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
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
 *   <li>{@code POST /admin/v1/invoices/{number}/payments} ({@code {"amount": "12.34", "paid_at":
 *       "2026-12-03", "reference": "…"}}) and {@code …/mark-paid} (pays what is left)
 *   <li>{@code POST /admin/v1/invoices/{number}/credit-notes} ({@code {"reason": "…", "amount": "5.00"}},
 *       the amount net and optional: absent credits all that is left)
 *   <li>{@code POST /admin/v1/invoices/{number}/void}: drafts only, so always 409 for a stored invoice
 * </ul>
 *
 * <p>One invoice comes with its due date, amounts paid, credited and due, payments and credit notes.
 */
@Tag(name = "Admin: billing", description = "Operator API: invoices and payment details")
@Path("admin/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public record AdminInvoiceResource(InvoicingUseCase invoicing, InvoiceFollowUpUseCase followUp) {
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
    public Envelope<InvoiceAccountView> get(@PathParam("number") String number) {
        return Envelope.of(account(InvoiceNumber.parse(number)));
    }

    private InvoiceAccountView account(InvoiceNumber number) {
        InvoiceBalance balance = followUp.balance(number);
        return InvoiceAccountView.of(balance, followUp.dueAt(balance.invoice()));
    }

    @Operation(operationId = "adminVerifyInvoice", summary = "Check an invoice's stored totals and hash")
    @GET
    @Path("{number}/verify")
    public Envelope<InvoiceVerificationView> verify(@PathParam("number") String number) {
        return Envelope.of(InvoiceVerificationView.of(invoicing.verify(InvoiceNumber.parse(number))));
    }

    @Operation(operationId = "adminMarkInvoicePaid", summary = "Record a payment of all that is due")
    @POST
    @Path("{number}/mark-paid")
    public Envelope<InvoiceAccountView> markPaid(@PathParam("number") String number) {
        InvoiceNumber parsed = InvoiceNumber.parse(number);
        invoicing.markPaid(parsed);
        return Envelope.of(account(parsed), "Invoice marked paid");
    }

    @Operation(operationId = "adminRecordPayment", summary = "Record a payment, in part or in full")
    @POST
    @Path("{number}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<InvoiceAccountView> pay(@PathParam("number") String number, RecordPaymentRequest body) {
        InvoiceNumber parsed = InvoiceNumber.parse(number);
        if (body == null) {
            throw VigintException.invalid("amount", "amount is required");
        }
        InvoiceBalance balance = followUp.recordPayment(new RecordPaymentCommand(
                parsed,
                RecordPaymentCommand.amount("amount", body.amount()),
                Optional.ofNullable(body.paidAt()).map(RecordPaymentCommand::paidAt),
                Optional.ofNullable(body.reference())));
        return Envelope.of(InvoiceAccountView.of(balance, followUp.dueAt(balance.invoice())), "Payment recorded");
    }

    @Operation(operationId = "adminIssueCreditNote", summary = "Issue a credit note, full or partial")
    @POST
    @Path("{number}/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<CreditNoteIssuedView> credit(@PathParam("number") String number, IssueCreditNoteRequest body) {
        InvoiceNumber parsed = InvoiceNumber.parse(number);
        if (body == null) {
            throw VigintException.invalid("reason", "reason must not be empty");
        }
        CreditNoteIssued issued = followUp.issueCreditNote(new IssueCreditNoteCommand(
                parsed,
                Optional.ofNullable(body.amount()).map(a -> RecordPaymentCommand.amount("amount", a)),
                body.reason()));
        return Envelope.of(
                CreditNoteIssuedView.of(issued, followUp.dueAt(issued.invoice().invoice())),
                "Credit note " + issued.note().number() + " issued");
    }

    @Operation(operationId = "adminVoidInvoice", summary = "Void a draft (an issued invoice is credited instead)")
    @POST
    @Path("{number}/void")
    public Envelope<InvoiceView> voidInvoice(@PathParam("number") String number) {
        return Envelope.of(InvoiceView.of(invoicing.voidInvoice(InvoiceNumber.parse(number))), "Invoice voided");
    }
}
