package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.BillingProfileUseCase;
import io.vigint.core.billing.SetBillingProfileCommand;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.billing.VatId;
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
 * A client's billing profile for the operator, behind {@code X-Admin-Key}: {@code GET} and {@code PUT
 * /admin/v1/clients/{id}/billing-profile}. A profile whose tax treatment does not fit its country or VAT
 * ID is 400 {@code VALIDATION_FAILED} naming the field; a malformed VAT ID is 400 {@code INVALID_VAT_ID}.
 */
@Tag(name = "Admin: billing")
@Path("admin/v1/clients/{id}/billing-profile")
@Produces(MediaType.APPLICATION_JSON)
public record AdminBillingProfileResource(BillingProfileUseCase profiles) {
    @Operation(operationId = "adminGetBillingProfile", summary = "A client's billing profile")
    @GET
    public Envelope<BillingProfileView> get(@PathParam("id") long id) {
        return Envelope.of(BillingProfileView.of(profiles.profile(clientId(id))));
    }

    @Operation(
            operationId = "adminSetBillingProfile",
            summary = "Set a client's billing profile (legal identity, country, VAT ID, tax treatment)")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<BillingProfileView> set(@PathParam("id") long id, SetBillingProfileRequest body) {
        if (body == null) {
            throw VigintException.invalid(
                    "legal_name", "Send {\"legal_name\", \"country\", \"tax_treatment\", …} as JSON");
        }
        ClientId clientId = clientId(id);
        SetBillingProfileCommand command = new SetBillingProfileCommand(
                clientId,
                body.legalName(),
                body.address(),
                body.country(),
                Optional.ofNullable(body.vatId()).filter(v -> !v.isBlank()).map(VatId::parse),
                body.taxTreatment() == null ? null : TaxTreatment.parse(body.taxTreatment()),
                Optional.ofNullable(body.pricesIncludeVat()));
        return Envelope.of(BillingProfileView.of(profiles.setProfile(command)), "Billing profile set");
    }

    private static ClientId clientId(long id) {
        if (id <= 0) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_NOT_FOUND, CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(), Map.of());
        }
        return new ClientId(id);
    }
}
