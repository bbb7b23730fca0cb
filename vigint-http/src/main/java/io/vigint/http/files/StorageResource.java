package io.vigint.http.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.videofile.CleanupCommand;
import io.vigint.core.videofile.ClientStorageUseCase;
import io.vigint.http.ClientPrincipal;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;

/**
 * {@code GET /api/storage/status} and {@code POST /api/storage/cleanup} (SPEC §3.1b), scoped to the calling
 * client: its alert clips, created videos and hosted clips against its quota ({@code storage.client_quota_bytes}),
 * never the server's disk, never another client's files. The original reported and cleaned the server's
 * temporary directory, which no tenant should see or empty; the answers keep its field names with the client's
 * own figures. Cleanup deletes the caller's files by the original's {@code type}: {@code old} (default) those at
 * least {@code max_age_hours} (default 24) old and any expired video, {@code all} every one, {@code monitor}
 * nothing below 90% of the quota.
 */
@Tag(name = "Video files")
@Path("api/storage")
@Produces(MediaType.APPLICATION_JSON)
public record StorageResource(ClientStorageUseCase storage) {
    private static final double MAX_HOURS = 24.0 * 365 * 100;

    public StorageResource {
        Checks.nonNull("storage", storage);
    }

    @Operation(operationId = "storageStatus", summary = "The caller's stored files and quota")
    @GET
    @Path("status")
    public StorageStatusView status(@Context ContainerRequestContext request) {
        ClientId client = ClientPrincipal.of(request).client().id();
        return StorageStatusView.of(client, storage.usage(client), storage.quotaBytes());
    }

    @Operation(operationId = "cleanupStorage", summary = "Delete the caller's old (or all) stored files")
    @POST
    @Path("cleanup")
    @Consumes(MediaType.APPLICATION_JSON)
    public CleanupView cleanup(CleanupRequest body, @Context ContainerRequestContext request) {
        ClientId client = ClientPrincipal.of(request).client().id();
        CleanupRequest b = body == null ? new CleanupRequest(null, null) : body;
        CleanupCommand command =
                new CleanupCommand(client, CleanupCommand.Type.of(text(b.type())), hours(b.maxAgeHours()));
        return CleanupView.of(client, storage.cleanup(command), storage.quotaBytes());
    }

    private static String text(JsonNode type) {
        if (type == null || type.isNull()) {
            return null;
        }
        if (!type.isTextual()) {
            throw VigintException.invalid("type", "type must be old, all or monitor");
        }
        return type.asText();
    }

    private static Duration hours(JsonNode hours) {
        if (hours == null || hours.isNull()) {
            return null;
        }
        if (!hours.isNumber() || !(hours.asDouble() >= 0 && hours.asDouble() <= MAX_HOURS)) {
            throw VigintException.invalid("max_age_hours", "max_age_hours must be a number of hours, 0 or more");
        }
        return Duration.ofMillis(Math.round(hours.asDouble() * 3_600_000));
    }
}
