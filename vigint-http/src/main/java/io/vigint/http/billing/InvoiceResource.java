package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoicingUseCase;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calling client's invoices: {@code GET /api/v1/invoices} (newest first, optionally
 * {@code ?status=issued|partially_paid|paid|overdue|credited|void}) and {@code GET /api/v1/invoices/{number}}. Another client's invoice
 * is 404 {@code INVOICE_NOT_FOUND}, exactly like a missing one. One invoice comes as JSON (the default,
 * also for {@code Accept: *}{@code /*}), {@code application/pdf} (Factur-X or plain, as the billing
 * adapter is configured), {@code text/csv}, {@code text/html}, or the UBL e-invoice for {@code
 * application/vnd.oasis.ubl+xml} or {@code application/xml}, by {@code Accept}, rendered by the core's
 * {@link InvoiceDocuments} port (the billing adapter implements it); any other {@code Accept} is 406
 * {@code NOT_ACCEPTABLE}.
 */
@Tag(name = "Invoices", description = "The calling client's invoices")
@Path("api/v1/invoices")
public final class InvoiceResource {
    /** UBL 2.1 (Peppol BIS Billing 3.0): {@link InvoiceFormat#UBL}. */
    private static final String UBL = "application/vnd.oasis.ubl+xml";

    private final InvoicingUseCase invoicing;
    private final InvoiceDocuments documents;

    @Inject
    public InvoiceResource(InvoicingUseCase invoicing, InvoiceDocuments documents) {
        this.invoicing = Objects.requireNonNull(invoicing, "invoicing");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    @Operation(operationId = "listInvoices", summary = "The calling client's invoices")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<List<InvoiceView>> list(
            @QueryParam("status") String status, @Context ContainerRequestContext request) {
        ClientId clientId = client(request);
        return Envelope.of(
                invoicing
                        .listInvoices(
                                Optional.of(clientId),
                                Optional.ofNullable(status).map(InvoiceStatus::parse))
                        .stream()
                        .map(InvoiceView::of)
                        .toList());
    }

    @Operation(
            operationId = "getInvoice",
            summary = "One invoice, as JSON, PDF (Factur-X), CSV, HTML or UBL (by Accept)")
    @ApiResponse(responseCode = "200", ref = "Invoice")
    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<InvoiceView> get(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return Envelope.of(InvoiceView.of(invoiceOf(number, request)));
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
        io.vigint.core.billing.Invoice invoice = invoiceOf(number, request);
        return DocumentResponse.of(
                documents.render(invoice, format),
                format,
                mediaType,
                invoice.number().orElseThrow().toString());
    }

    /** The caller's invoice with that number; a malformed or foreign number is not found. */
    public io.vigint.core.billing.Invoice invoiceOf(String number, ContainerRequestContext request) {
        InvoiceNumber parsed;
        try {
            parsed = InvoiceNumber.parse(number);
        } catch (VigintException e) {
            throw new VigintException(CoreErrorCode.INVOICE_NOT_FOUND);
        }
        return invoicing.clientInvoice(client(request), parsed);
    }

    private static ClientId client(ContainerRequestContext request) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return principal.client().id();
        }
        throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
    }
}
