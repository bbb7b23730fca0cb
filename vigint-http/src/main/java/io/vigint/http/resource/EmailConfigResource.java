package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.mail.EmailConfigUseCase.SetEmailConfigResult;
import io.vigint.http.json.EmailConfigView;
import io.vigint.http.json.Envelope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * The calling client's own mail provider: {@code POST /api/v1/clients/email-config} sets it (201 when
 * new, 200 when it replaced one, as the seed's "set" does), {@code GET} shows it without the secret,
 * {@code PUT} replaces an existing one (the secret may be left out to keep it), {@code DELETE} removes
 * it. Invalid input is 400 {@code INVALID_EMAIL_CONFIG} with the field in {@code details}; no
 * configuration is 404 {@code EMAIL_CONFIG_NOT_FOUND}. Not registered by {@code HttpModule}: add it to
 * {@link io.vigint.http.HttpModule#JERSEY_COMPONENTS} where an {@link EmailConfigUseCase} is bound.
 */
@Tag(name = "Email configuration", description = "How the calling client's alerts are mailed")
@Path("api/v1/clients/email-config")
@Produces(MediaType.APPLICATION_JSON)
public final class EmailConfigResource {
    private final EmailConfigUseCase configs;

    @Inject
    public EmailConfigResource(EmailConfigUseCase configs) {
        this.configs = configs;
    }

    @Operation(operationId = "setEmailConfig", summary = "Set the email configuration")
    @ApiResponse(responseCode = "201", ref = "EmailConfigSaved")
    @ApiResponse(responseCode = "200", ref = "EmailConfigSaved")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response set(EmailConfigRequest body, @Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        EmailConfigRequest b = body == null ? new EmailConfigRequest(null, null) : body;
        SetEmailConfigResult result = configs.setEmailConfig(clientId, b.provider(), config(b));
        return Response.status(result.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(Envelope.of(EmailConfigView.of(result.config()), "Email configuration saved successfully"))
                .build();
    }

    @Operation(operationId = "getEmailConfig", summary = "The email configuration")
    @GET
    public Envelope<EmailConfigView> get(@Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        return Envelope.of(EmailConfigView.of(configs.emailConfig(clientId)));
    }

    @Operation(operationId = "replaceEmailConfig", summary = "Replace the email configuration")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<EmailConfigView> replace(EmailConfigRequest body, @Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        EmailConfigRequest b = body == null ? new EmailConfigRequest(null, null) : body;
        return Envelope.of(
                EmailConfigView.of(configs.replaceEmailConfig(clientId, b.provider(), config(b))),
                "Email configuration updated successfully");
    }

    @Operation(operationId = "deleteEmailConfig", summary = "Delete the email configuration")
    @DELETE
    public Envelope<Void> delete(@Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        configs.deleteEmailConfig(clientId);
        return Envelope.message("Email configuration removed successfully");
    }

    private static Map<String, Object> config(EmailConfigRequest body) {
        return body.config() == null ? Map.of() : body.config();
    }
}
