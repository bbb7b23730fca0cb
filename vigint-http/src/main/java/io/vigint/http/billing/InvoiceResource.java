package io.vigint.http.billing;

import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.ErrorCode;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calling client's invoices: {@code GET /api/v1/invoices} (newest first, optionally
 * {@code ?status=issued|paid|void}) and {@code GET /api/v1/invoices/{number}}. Another client's invoice
 * is 404 {@code INVOICE_NOT_FOUND}, exactly like a missing one. JSON only for now: an {@code Accept}
 * that excludes JSON is 406; a PDF or CSV representation is added as another method on the same path
 * with its own {@code @Produces}, using {@link #invoiceOf}.
 */
@Path("api/v1/invoices")
public final class InvoiceResource {
    private final InvoicingUseCase invoicing;

    @Inject
    public InvoiceResource(InvoicingUseCase invoicing) {
        this.invoicing = Objects.requireNonNull(invoicing, "invoicing");
    }

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

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<InvoiceView> get(@PathParam("number") String number, @Context ContainerRequestContext request) {
        return Envelope.of(InvoiceView.of(invoiceOf(number, request)));
    }

    /** The caller's invoice with that number; a malformed or foreign number is not found. */
    public io.vigint.core.billing.Invoice invoiceOf(String number, ContainerRequestContext request) {
        InvoiceNumber parsed;
        try {
            parsed = InvoiceNumber.parse(number);
        } catch (VigintException e) {
            throw new VigintException(ErrorCode.INVOICE_NOT_FOUND);
        }
        return invoicing.clientInvoice(client(request), parsed);
    }

    private static ClientId client(ContainerRequestContext request) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return principal.client().id();
        }
        throw new VigintException(ErrorCode.API_KEY_REQUIRED);
    }
}
