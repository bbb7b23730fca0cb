package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.EffectiveStatus;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.http.json.LegacyAdminViews.AccessChanged;
import io.vigint.http.json.LegacyAdminViews.ClientList;
import io.vigint.http.json.LegacyAdminViews.Created;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The original Vigint's operator routes (its {@code api_proxy.py}), as aliases of the operator API behind
 * the same {@code X-Admin-Key} (an operator key, or the original's {@code SECRET_KEY} once {@code vigint
 * import-legacy --secret-key-stdin} registered it): the same use cases as {@link AdminClientResource}, the
 * original's answer fields next to ours.
 *
 * <ul>
 *   <li>{@code GET /admin/clients}: {@code clients} (each with the original's {@code api_keys}) and
 *       {@code count}
 *   <li>{@code POST /admin/clients} {@code {"name","email"}}: 201 with {@code success}, {@code client_id},
 *       {@code api_key} (shown once) and {@code warning}
 *   <li>{@code POST /admin/clients/{id}/revoke} and {@code …/reactivate}: {@code revoked_count} /
 *       {@code reactivated_count} and {@code message}. Ours revokes the whole client (its keys are suspended)
 *       and reactivation restores the keys so suspended; a key revoked on its own stays revoked, where the
 *       original reactivated every inactive key.
 * </ul>
 *
 * {@code {id}} is the client's id here; an imported client's id in the original is in the import's report
 * ({@code client_mapping}), not accepted here, since the two numberings overlap.
 */
@Tag(name = "Admin: original routes", description = "The original Vigint's /admin/clients routes, as aliases")
@Path("admin/clients")
@Produces(MediaType.APPLICATION_JSON)
public final class LegacyAdminClientResource {
    private final ListClientsUseCase clients;
    private final CreateClientUseCase creation;
    private final RevokeAccessUseCase revocation;
    private final ReactivateAccessUseCase reactivation;
    private final Clock clock;

    @Inject
    public LegacyAdminClientResource(
            ListClientsUseCase clients,
            CreateClientUseCase creation,
            RevokeAccessUseCase revocation,
            ReactivateAccessUseCase reactivation,
            Clock clock) {
        this.clients = clients;
        this.creation = creation;
        this.revocation = revocation;
        this.reactivation = reactivation;
        this.clock = clock;
    }

    @Operation(operationId = "legacyAdminListClients", summary = "All clients with their keys (original shape)")
    @GET
    public ClientList list() {
        return ClientList.of(clients.listClients(), clock.instant());
    }

    @Operation(
            operationId = "legacyAdminCreateClient",
            summary = "Create a client and its first API key (original shape)")
    @ApiResponse(
            responseCode = "201",
            description = "The client and its API key (shown this once), in the original's fields and ours",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateClientRequest body) {
        CreateClientRequest b = body == null ? new CreateClientRequest(null, null, null) : body;
        CreatedClient created = creation.createClient(new CreateClientCommand(b.name(), b.email(), b.description()));
        return Response.status(Response.Status.CREATED)
                .cacheControl(Requests.noStore())
                .entity(Created.of(created))
                .build();
    }

    @Operation(operationId = "legacyAdminRevokeClient", summary = "Revoke a client's keys (original shape)")
    @POST
    @Path("{id}/revoke")
    public AccessChanged revoke(@PathParam("id") long id) {
        ClientId clientId = Requests.clientId(id);
        Set<Long> before = working(clients.getClient(clientId));
        ClientWithKeys after = revocation.revokeAccess(AccessCommand.wholeClient(clientId));
        before.removeAll(working(after));
        return AccessChanged.revoked(after, before.size(), clock.instant());
    }

    @Operation(
            operationId = "legacyAdminReactivateClient",
            summary = "Reactivate a revoked client's keys (original shape)")
    @POST
    @Path("{id}/reactivate")
    public AccessChanged reactivate(@PathParam("id") long id) {
        ClientId clientId = Requests.clientId(id);
        Set<Long> before = working(clients.getClient(clientId));
        ClientWithKeys after = reactivation.reactivateAccess(AccessCommand.wholeClient(clientId));
        Set<Long> now = working(after);
        now.removeAll(before);
        return AccessChanged.reactivated(after, now.size(), clock.instant());
    }

    /** The ids of the client's keys that authenticate now (active, unexpired, client active). */
    private Set<Long> working(ClientWithKeys client) {
        Instant now = clock.instant();
        return client.keys().stream()
                .filter(k -> client.client().active() && k.effectiveStatusAt(now) == EffectiveStatus.ACTIVE)
                .map(ApiKey::id)
                .map(k -> k.value())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }
}
