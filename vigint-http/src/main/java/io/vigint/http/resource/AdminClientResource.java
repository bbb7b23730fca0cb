package io.vigint.http.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.json.AdminClientView;
import io.vigint.http.json.Envelope;
import io.vigint.http.json.IssuedKeyView;
import io.vigint.http.json.RateLimitView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The operator API (SPEC §3.4), every route behind {@code X-Admin-Key}:
 *
 * <ul>
 *   <li>{@code GET /admin/v1/clients}, {@code POST /admin/v1/clients}, {@code GET /admin/v1/clients/{id}}
 *   <li>{@code POST /admin/v1/clients/{id}/revoke} and {@code …/reactivate}: the whole client
 *   <li>{@code POST /admin/v1/clients/{id}/keys} (new key, shown once), {@code POST
 *       /admin/v1/clients/{id}/keys/{keyId}/revoke} and {@code …/reactivate}
 *   <li>{@code GET|PUT /admin/v1/clients/{id}/rate-limit} with {@code {"per_minute": n}} ({@code null}:
 *       the server's default)
 *   <li>{@code DELETE /admin/v1/clients/{id}?confirm=<the client's exact name>}: deletes the client and all
 *       its data; without the matching {@code confirm} it is 400 {@code VALIDATION_FAILED}
 * </ul>
 */
@Tag(name = "Admin: clients", description = "Operator API: clients, keys and rate limits")
@Path("admin/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminClientResource {
    private static final String PER_MINUTE = "per_minute";

    private final ListClientsUseCase clients;
    private final CreateClientUseCase creation;
    private final DeleteClientUseCase deletion;
    private final RevokeAccessUseCase revocation;
    private final ReactivateAccessUseCase reactivation;
    private final IssueApiKeyUseCase issuing;
    private final ClientSettingsUseCase settings;
    private final Clock clock;

    @Inject
    public AdminClientResource(
            ListClientsUseCase clients,
            CreateClientUseCase creation,
            DeleteClientUseCase deletion,
            RevokeAccessUseCase revocation,
            ReactivateAccessUseCase reactivation,
            IssueApiKeyUseCase issuing,
            ClientSettingsUseCase settings,
            Clock clock) {
        this.clients = clients;
        this.creation = creation;
        this.deletion = deletion;
        this.revocation = revocation;
        this.reactivation = reactivation;
        this.issuing = issuing;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(operationId = "adminListClients", summary = "All clients with their keys")
    @GET
    public Envelope<List<AdminClientView>> list() {
        Instant now = clock.instant();
        return Envelope.of(clients.listClients().stream()
                .map(client -> AdminClientView.of(client, now))
                .toList());
    }

    @Operation(operationId = "adminCreateClient", summary = "Create a client and its first API key")
    @ApiResponse(responseCode = "201", ref = "CreatedClient")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateClientRequest body) {
        return Requests.createClient(creation, body);
    }

    @Operation(operationId = "adminGetClient", summary = "One client with its keys")
    @GET
    @Path("{id}")
    public Envelope<AdminClientView> get(@PathParam("id") long id) {
        return view(clients.getClient(Requests.clientId(id)));
    }

    @Operation(
            operationId = "adminDeleteClient",
            summary = "Delete a client with its keys and data (confirm with its name)")
    @DELETE
    @Path("{id}")
    public Envelope<Void> delete(@PathParam("id") long id, @QueryParam("confirm") String confirm) {
        ClientId clientId = Requests.clientId(id);
        String name = clients.getClient(clientId).client().name();
        if (confirm == null || !confirm.strip().equals(name)) {
            throw VigintException.invalid(
                    "confirm",
                    "Deleting a client removes its keys, usage and payment details for good: repeat its exact name"
                            + " in ?confirm=");
        }
        deletion.deleteClient(clientId);
        return Envelope.message("Client deleted successfully");
    }

    @Operation(operationId = "adminRevokeClient", summary = "Revoke a client (its keys stop working)")
    @POST
    @Path("{id}/revoke")
    public Envelope<AdminClientView> revoke(@PathParam("id") long id) {
        return view(revocation.revokeAccess(AccessCommand.wholeClient(Requests.clientId(id))));
    }

    @Operation(operationId = "adminReactivateClient", summary = "Reactivate a revoked client")
    @POST
    @Path("{id}/reactivate")
    public Envelope<AdminClientView> reactivate(@PathParam("id") long id) {
        return view(reactivation.reactivateAccess(AccessCommand.wholeClient(Requests.clientId(id))));
    }

    @Operation(operationId = "adminIssueKey", summary = "Issue a new API key to a client")
    @ApiResponse(responseCode = "201", ref = "IssuedKey")
    @POST
    @Path("{id}/keys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueKey(@PathParam("id") long id, CreateKeyRequest body) {
        IssuedApiKey issued = issuing.issueApiKey(KeyResource.command(Requests.clientId(id), body));
        return Response.status(Response.Status.CREATED)
                .cacheControl(Requests.noStore())
                .entity(Envelope.of(IssuedKeyView.of(issued, clock.instant())))
                .build();
    }

    @Operation(operationId = "adminRevokeKey", summary = "Revoke one of a client's keys")
    @POST
    @Path("{id}/keys/{keyId}/revoke")
    public Envelope<AdminClientView> revokeKey(@PathParam("id") long id, @PathParam("keyId") long keyId) {
        return view(revocation.revokeAccess(AccessCommand.oneKey(Requests.clientId(id), Requests.keyId(keyId))));
    }

    @Operation(operationId = "adminReactivateKey", summary = "Reactivate one of a client's revoked keys")
    @POST
    @Path("{id}/keys/{keyId}/reactivate")
    public Envelope<AdminClientView> reactivateKey(@PathParam("id") long id, @PathParam("keyId") long keyId) {
        return view(reactivation.reactivateAccess(AccessCommand.oneKey(Requests.clientId(id), Requests.keyId(keyId))));
    }

    @Operation(operationId = "adminGetRateLimit", summary = "A client's rate limit")
    @GET
    @Path("{id}/rate-limit")
    public Envelope<RateLimitView> rateLimit(@PathParam("id") long id) {
        ClientId clientId = Requests.clientId(id);
        return Envelope.of(rateLimitView(clientId, settings.settingsOf(clientId)));
    }

    @Operation(operationId = "adminSetRateLimit", summary = "Set or clear a client's rate limit")
    @PUT
    @Path("{id}/rate-limit")
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<RateLimitView> setRateLimit(@PathParam("id") long id, JsonNode body) {
        ClientId clientId = Requests.clientId(id);
        Integer perMinute = perMinute(body);
        return Envelope.of(rateLimitView(clientId, settings.setRateLimit(clientId, perMinute)));
    }

    private Envelope<AdminClientView> view(ClientWithKeys client) {
        return Envelope.of(AdminClientView.of(client, clock.instant()));
    }

    private static RateLimitView rateLimitView(ClientId clientId, ClientSettings settings) {
        return new RateLimitView(clientId.value(), settings.rateLimitPerMinute());
    }

    /** {@code per_minute} from {@code {"per_minute": n | null}}; anything else is refused. */
    private static Integer perMinute(JsonNode body) {
        if (body == null || !body.isObject() || !body.has(PER_MINUTE)) {
            throw VigintException.invalid(
                    PER_MINUTE, "Send {\"per_minute\": n} (requests per minute), or null for the server's default");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(PER_MINUTE)) {
                throw new VigintException(
                        HttpErrorCode.MALFORMED_REQUEST, "Unknown field: " + name, Map.of("field", name));
            }
        }
        JsonNode value = body.get(PER_MINUTE);
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw VigintException.invalid(PER_MINUTE, "per_minute must be a whole number or null");
        }
        return value.intValue();
    }
}
