package io.vigint.http.resource;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.util.DurationText;
import io.vigint.http.json.Envelope;
import io.vigint.http.json.IssuedKeyView;
import io.vigint.http.json.KeyView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The calling client's own API keys: {@code GET /api/v1/keys} (with last use), {@code POST /api/v1/keys}
 * (the new key is shown once) and {@code DELETE /api/v1/keys/{id}} (revokes it). Another client's key id
 * is 404 {@code KEY_NOT_FOUND}.
 */
@Tag(name = "API keys", description = "The calling client's API keys")
@Path("api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
public final class KeyResource {
    private final ListApiKeysUseCase keyList;
    private final IssueApiKeyUseCase issuing;
    private final RevokeAccessUseCase revocation;
    private final Clock clock;

    @Inject
    public KeyResource(
            ListApiKeysUseCase keyList, IssueApiKeyUseCase issuing, RevokeAccessUseCase revocation, Clock clock) {
        this.keyList = keyList;
        this.issuing = issuing;
        this.revocation = revocation;
        this.clock = clock;
    }

    @Operation(operationId = "listKeys", summary = "The calling client's keys")
    @GET
    public Envelope<List<KeyView>> list(@Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        Instant now = clock.instant();
        return Envelope.of(keyList.listApiKeys(clientId).stream()
                .map(key -> KeyView.of(key, now))
                .toList());
    }

    @Operation(operationId = "createKey", summary = "Create an API key")
    @ApiResponse(responseCode = "201", ref = "IssuedKey")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CreateKeyRequest body, @Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        IssuedApiKey issued = issuing.issueApiKey(command(clientId, body));
        return Response.status(Response.Status.CREATED)
                .cacheControl(Requests.noStore())
                .entity(Envelope.of(IssuedKeyView.of(issued, clock.instant())))
                .build();
    }

    @Operation(operationId = "revokeKey", summary = "Revoke one of the calling client's keys")
    @DELETE
    @Path("{id}")
    public Envelope<KeyView> revoke(@PathParam("id") long id, @Context ContainerRequestContext request) {
        ClientId clientId = Requests.principal(request).client().id();
        ApiKeyId keyId = Requests.keyId(id);
        ClientWithKeys after = revocation.revokeAccess(AccessCommand.oneKey(clientId, keyId));
        return Envelope.of(keyView(after, keyId, clock.instant()), "API key revoked");
    }

    /** The issue command for a request body (which may be absent). */
    static IssueApiKeyCommand command(ClientId clientId, CreateKeyRequest body) {
        if (body == null) {
            return IssueApiKeyCommand.defaultKey(clientId);
        }
        return new IssueApiKeyCommand(
                clientId,
                body.name(),
                body.expiresIn() == null ? null : DurationText.parse("expires_in", body.expiresIn()));
    }

    /** The view of one key of {@code client}. */
    static KeyView keyView(ClientWithKeys client, ApiKeyId keyId, Instant now) {
        return client.keys().stream()
                .filter(key -> key.id().equals(keyId))
                .findFirst()
                .map(key -> KeyView.of(key, now))
                .orElseThrow(() -> new IllegalStateException("key " + keyId + " vanished after its change"));
    }
}
