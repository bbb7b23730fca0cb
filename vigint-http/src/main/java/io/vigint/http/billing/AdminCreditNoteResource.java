package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.http.json.Envelope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * The operator's credit notes, behind {@code X-Admin-Key}: {@code GET /admin/v1/credit-notes}
 * ({@code ?client_id=&invoice=}, newest first) and {@code GET /admin/v1/credit-notes/{number}}. They are
 * issued on their invoice: {@code POST /admin/v1/invoices/{number}/credit-notes}.
 */
@Tag(name = "Admin: billing", description = "Operator API: invoices and payment details")
@Path("admin/v1/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
public record AdminCreditNoteResource(InvoiceFollowUpUseCase followUp) {
    @Operation(operationId = "adminListCreditNotes", summary = "Credit notes, by client and invoice")
    @GET
    public Envelope<List<CreditNoteView>> list(
            @QueryParam("client_id") String clientId, @QueryParam("invoice") String invoice) {
        return Envelope.of(followUp
                .listCreditNotes(
                        Optional.ofNullable(clientId).map(AdminCreditNoteResource::clientId),
                        Optional.ofNullable(invoice).map(InvoiceNumber::parse))
                .stream()
                .map(CreditNoteView::of)
                .toList());
    }

    @Operation(operationId = "adminGetCreditNote", summary = "One credit note")
    @GET
    @Path("{number}")
    public Envelope<CreditNoteView> get(@PathParam("number") String number) {
        return Envelope.of(CreditNoteView.of(followUp.creditNote(CreditNoteNumber.parse(number))));
    }

    private static ClientId clientId(String text) {
        long id;
        try {
            id = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id <= 0) {
            throw VigintException.invalid("client_id", "client_id is a positive whole number");
        }
        return new ClientId(id);
    }
}
