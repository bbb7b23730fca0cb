package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.json.Envelope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;

/**
 * A client's payment details for the operator, behind {@code X-Admin-Key}: {@code GET} and {@code PUT
 * /admin/v1/clients/{id}/payment-details}. The IBAN and customer id go in once and come back masked.
 */
@Tag(name = "Admin: billing")
@Path("admin/v1/clients/{id}/payment-details")
@Produces(MediaType.APPLICATION_JSON)
public record AdminPaymentDetailsResource(PaymentDetailsUseCase paymentDetails) {
    @Operation(operationId = "adminGetPaymentDetails", summary = "A client's payment details")
    @GET
    public Envelope<PaymentDetailsView> get(@PathParam("id") long id) {
        return Envelope.of(PaymentDetailsView.of(paymentDetails.paymentDetails(clientId(id))));
    }

    @Operation(operationId = "adminSetPaymentDetails", summary = "Set a client's payment details")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<PaymentDetailsView> set(@PathParam("id") long id, SetPaymentDetailsRequest body) {
        if (body == null) {
            throw VigintException.invalid("method", "Send {\"method\", \"frequency\", …} as JSON");
        }
        SetPaymentDetailsCommand command = new SetPaymentDetailsCommand(
                clientId(id),
                PaymentMethod.parse(body.method()),
                BillingFrequency.parse(body.frequency()),
                Boolean.TRUE.equals(body.autoPay()),
                Optional.ofNullable(body.iban()).map(Iban::parse),
                Optional.ofNullable(body.bic()).map(Bic::parse),
                Optional.ofNullable(body.customerId()));
        return Envelope.of(PaymentDetailsView.of(paymentDetails.setPaymentDetails(command)), "Payment details set");
    }

    private static ClientId clientId(long id) {
        if (id <= 0) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_NOT_FOUND, CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(), Map.of());
        }
        return new ClientId(id);
    }
}
