package io.vigint.http.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.billing.BillingProfileUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.json.Envelope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * The calling client's billing profile, read-only: {@code GET /api/v1/clients/me/billing-profile} (404
 * {@code BILLING_PROFILE_NOT_FOUND} when the operator has set none). Only the operator sets it.
 */
@Tag(name = "Invoices", description = "The calling client's invoices")
@Path("api/v1/clients/me/billing-profile")
public final class BillingProfileResource {
    private final BillingProfileUseCase profiles;

    @Inject
    public BillingProfileResource(BillingProfileUseCase profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Operation(operationId = "getMyBillingProfile", summary = "The calling client's billing profile")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Envelope<BillingProfileView> get(@Context ContainerRequestContext request) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return Envelope.of(
                    BillingProfileView.of(profiles.profile(principal.client().id())));
        }
        throw new VigintException(CoreErrorCode.API_KEY_REQUIRED);
    }
}
