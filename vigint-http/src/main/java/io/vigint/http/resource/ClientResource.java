package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.EmailChangeUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.client.UpdateClientCommand;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.util.Checks;
import io.vigint.core.util.DurationText;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.json.ClientView;
import io.vigint.http.json.EmailConfigView;
import io.vigint.http.json.Envelope;
import io.vigint.http.json.RotatedKeyView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ChatAPI seed's client API: {@code POST /api/v1/clients/} (operator key, or open sign-up), {@code
 * GET|PUT|DELETE /api/v1/clients/me}, {@code POST /api/v1/clients/regenerate-key} and the public {@code GET
 * /api/v1/clients/confirm-email?token=…} that confirms a change of address.
 */
@Tag(name = "Clients", description = "The calling client: its account, email address and key")
@Path("api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientResource {
    private final CreateClientUseCase creation;
    private final ListClientsUseCase clients;
    private final UpdateClientUseCase updates;
    private final DeleteClientUseCase deletion;
    private final RotateApiKeyUseCase rotation;
    private final Clock clock;
    private final Optional<EmailConfigUseCase> emailConfigs;
    private final Optional<EmailChangeUseCase> emailChanges;

    @Inject
    public ClientResource(
            CreateClientUseCase creation,
            ListClientsUseCase clients,
            UpdateClientUseCase updates,
            DeleteClientUseCase deletion,
            RotateApiKeyUseCase rotation,
            Clock clock,
            Optional<EmailConfigUseCase> emailConfigs,
            Optional<EmailChangeUseCase> emailChanges) {
        this.creation = creation;
        this.clients = clients;
        this.updates = updates;
        this.deletion = deletion;
        this.rotation = rotation;
        this.clock = clock;
        this.emailConfigs = emailConfigs;
        this.emailChanges = emailChanges;
    }

    /** Creates a client and its first key; the key is in the answer, this once. */
    @Operation(operationId = "signUp", summary = "Create a client and its first API key (sign-up)")
    @ApiResponse(responseCode = "201", ref = "CreatedClient")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateClientRequest body) {
        return Requests.createClient(creation, body);
    }

    @Operation(operationId = "getOwnClient", summary = "The calling client")
    @GET
    @Path("me")
    public Envelope<ClientView> me(@Context ContainerRequestContext request) {
        ClientPrincipal principal = Requests.principal(request);
        Client client = clients.getClient(principal.client().id()).client();
        return Envelope.of(view(client));
    }

    /**
     * Changes the name and description at once. A new {@code email} is not used yet: it is stored as
     * {@code pending_email} and a confirmation link is mailed to it ({@code "email_confirmation":"sent"});
     * alerts and invoices keep going to {@code email} until the link is followed ({@link #confirmEmail}).
     */
    @Operation(
            operationId = "updateOwnClient",
            summary = "Change the calling client's name, description or email address")
    @PUT
    @Path("me")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<ClientView> update(UpdateClientRequest body, @Context ContainerRequestContext request) {
        ClientPrincipal principal = Requests.principal(request);
        ClientId id = principal.client().id();
        UpdateClientRequest b = body == null ? new UpdateClientRequest(null, null, null) : body;
        String newEmail = b.email() == null ? null : Checks.email("email", b.email());
        if (newEmail == null || b.name() != null || b.description() != null) {
            Requests.withoutNamingOthers(
                    () -> updates.updateClient(new UpdateClientCommand(id, b.name(), null, b.description())));
        }
        String confirmation = null;
        if (newEmail != null) {
            EmailChangeUseCase changes = emailChanges.orElseThrow(() -> VigintException.invalid(
                    "email", "This server cannot confirm email addresses, so the address cannot be changed here"));
            if (changes.requestEmailChange(id, newEmail).isPresent()) {
                confirmation = ClientView.CONFIRMATION_SENT;
            }
        }
        return Envelope.of(view(clients.getClient(id).client(), confirmation));
    }

    /**
     * Follows the link mailed by {@link #update}: the pending address becomes the client's address. Public
     * (the token is the credential); the answer names only the confirmed address.
     */
    @Operation(operationId = "confirmEmailChange", summary = "Confirm a new email address (the mailed link)")
    @ApiResponse(responseCode = "200", ref = "EmailConfirmed")
    @GET
    @Path("confirm-email")
    public Response confirmEmail(@QueryParam("token") String token) {
        EmailChangeUseCase changes =
                emailChanges.orElseThrow(() -> new VigintException(CoreErrorCode.INVALID_CONFIRMATION_TOKEN));
        Client confirmed = changes.confirmEmailChange(token);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", confirmed.email());
        data.put("email_confirmation", "confirmed");
        return Response.ok(Envelope.of(data, "Email address confirmed"))
                .cacheControl(Requests.noStore())
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The client with its email provider (no secret), when the mail adapter is wired and it has one. */
    private ClientView view(Client client) {
        return view(client, null);
    }

    private ClientView view(Client client, String emailConfirmation) {
        EmailConfigView emailConfig = emailConfigs
                .flatMap(configs -> configs.findEmailConfig(client.id()))
                .map(EmailConfigView::of)
                .orElse(null);
        PendingEmailChange pending = emailChanges
                .flatMap(changes -> changes.pendingEmailChange(client.id()))
                .orElse(null);
        return ClientView.of(client, emailConfig, pending, emailConfirmation);
    }

    /** Deletes the calling client with its keys and data; this cannot be undone. */
    @Operation(operationId = "deleteOwnClient", summary = "Delete the calling client with its keys and data")
    @DELETE
    @Path("me")
    public Envelope<Void> delete(@Context ContainerRequestContext request) {
        deletion.deleteClient(Requests.principal(request).client().id());
        return Envelope.message("Client deleted successfully");
    }

    /**
     * Replaces the API key this request was made with; the old key keeps working for the optional grace
     * period. A request authenticated with an access token has no key to replace: 400.
     */
    @Operation(operationId = "regenerateOwnKey", summary = "Replace the API key of this request")
    @ApiResponse(responseCode = "200", ref = "RotatedKey")
    @POST
    @Path("regenerate-key")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response regenerateKey(RegenerateKeyRequest body, @Context ContainerRequestContext request) {
        ClientPrincipal principal = Requests.principal(request);
        if (principal.apiKey() == null) {
            throw VigintException.invalid(
                    "X-API-Key",
                    "Regenerating a key replaces the key the request is made with: send it as X-API-Key,"
                            + " not an access token");
        }
        Duration grace = grace(body);
        RotatedApiKey rotated =
                rotation.rotateApiKey(new RotateApiKeyCommand(principal.apiKey().id(), grace));
        return Response.ok(Envelope.of(RotatedKeyView.of(rotated, clock.instant()), "API key regenerated successfully"))
                .cacheControl(Requests.noStore())
                .build();
    }

    private static Duration grace(RegenerateKeyRequest body) {
        if (body == null) {
            return Duration.ZERO;
        }
        if (body.gracePeriod() != null && body.gracePeriodSeconds() != null) {
            throw VigintException.invalid("grace_period", "Send grace_period or grace_period_seconds, not both");
        }
        if (body.gracePeriod() != null) {
            return DurationText.parse("grace_period", body.gracePeriod());
        }
        if (body.gracePeriodSeconds() != null) {
            if (body.gracePeriodSeconds() < 0) {
                throw VigintException.invalid("grace_period_seconds", "grace_period_seconds must not be negative");
            }
            return Duration.ofSeconds(body.gracePeriodSeconds());
        }
        return Duration.ZERO;
    }
}
