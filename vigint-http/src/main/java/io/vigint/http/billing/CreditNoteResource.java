package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.json.Envelope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calling client's credit notes: {@code GET /api/v1/credit-notes} (newest first) and {@code GET
 * /api/v1/credit-notes/{number}}. Another client's credit note, a missing one and a malformed number are
 * all 404 {@code CREDIT_NOTE_NOT_FOUND}. One credit note comes as JSON (the default), {@code
 * application/pdf}, {@code text/csv}, {@code text/html} or the UBL e-invoice ({@code
 * application/vnd.oasis.ubl+xml} or {@code application/xml}) by {@code Accept}, like an invoice, rendered by
 * the core's {@link CreditNoteDocuments} port; any other {@code Accept} is 406 {@code NOT_ACCEPTABLE}.
 */
@Tag(name = "Invoices", description = "The calling client's invoices")
@Path("api/v1/credit-notes")
public final class CreditNoteResource {
    /** UBL 2.1 (Peppol BIS Billing 3.0): {@link InvoiceFormat#UBL}. */
    private static final String UBL = "application/vnd.oasis.ubl+xml";

    private final InvoiceFollowUpUseCase followUp;
    private final CreditNoteDocuments documents;

    @Inject
    public CreditNoteResource(InvoiceFollowUpUseCase followUp, CreditNoteDocuments documents) {
        this.followUp = Objects.requireNonNull(followUp, "followUp");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Operation(operationId = "listCreditNotes", summary = "The calling client's credit notes")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<List<CreditNoteView>> list(@Context ContainerRequestContext request) {
        return Envelope.of(followUp.listCreditNotes(Optional.of(client(request)), Optional.empty()).stream()
                .map(CreditNoteView::of)
                .toList());
    }

    @Operation(operationId = "getCreditNote", summary = "One credit note, as JSON, PDF, CSV or HTML (by Accept)")
    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<CreditNoteView> get(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return Envelope.of(CreditNoteView.of(creditNoteOf(number, request)));
    }

    @Hidden
    @GET
    @Path("{number}")
    @Produces("application/pdf;qs=0.9")
    public Response pdf(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return document(number, request, InvoiceFormat.PDF);
    }

    @Hidden
    @GET
    @Path("{number}")
    @Produces("text/csv;qs=0.8")
    public Response csv(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return document(number, request, InvoiceFormat.CSV);
    }

    @Hidden
    @GET
    @Path("{number}")
    @Produces("text/html;qs=0.7")
    public Response html(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return document(number, request, InvoiceFormat.HTML);
    }

    /** The UBL 2.1 credit note (Peppol BIS Billing 3.0). */
    @Hidden
    @GET
    @Path("{number}")
    @Produces(UBL + ";qs=0.6")
    public Response ubl(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return document(number, request, InvoiceFormat.UBL, UBL);
    }

    /** The same UBL document for a client that asks for any XML. */
    @Hidden
    @GET
    @Path("{number}")
    @Produces("application/xml;qs=0.5")
    public Response xml(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return document(number, request, InvoiceFormat.UBL, MediaType.APPLICATION_XML);
    }

    private Response document(String number, ContainerRequestContext request, InvoiceFormat format) {
        return document(number, request, format, format.mediaType());
    }

    private Response document(String number, ContainerRequestContext request, InvoiceFormat format, String mediaType) {
        CreditNote note = creditNoteOf(number, request);
        return DocumentResponse.of(
                documents.render(note, format), format, mediaType, note.number().toString());
    }

    private CreditNote creditNoteOf(String number, ContainerRequestContext request) {
        CreditNoteNumber parsed;
        try {
            parsed = CreditNoteNumber.parse(number);
        } catch (VigintException e) {
            throw new VigintException(CoreErrorCode.CREDIT_NOTE_NOT_FOUND);
        }
        return followUp.clientCreditNote(client(request), parsed);
    }

    private static ClientId client(ContainerRequestContext request) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return principal.client().id();
        }
        throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
    }
}
