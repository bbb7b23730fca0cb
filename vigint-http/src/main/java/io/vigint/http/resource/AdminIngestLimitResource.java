package io.vigint.http.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.json.Envelope;
import io.vigint.http.json.IngestLimitView;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A client's frame-ingest limits for the operator, behind {@code X-Admin-Key}: {@code GET} and {@code PUT
 * /admin/v1/clients/{id}/ingest-limit} with {@code {"frames_per_second": n | null, "bytes_per_second": n |
 * null}} (both fields required; {@code null} puts that limit back on the server's default). Running servers
 * apply a change within seconds (it is announced as an access change).
 */
@Tag(name = "Admin: clients")
@Path("admin/v1/clients/{id}/ingest-limit")
@Produces(MediaType.APPLICATION_JSON)
public record AdminIngestLimitResource(ClientSettingsUseCase settings, RateLimitSettings limits) {
    private static final String FRAMES = "frames_per_second";
    private static final String BYTES = "bytes_per_second";

    @Operation(operationId = "adminGetIngestLimit", summary = "A client's frame-ingest limits")
    @GET
    public Envelope<IngestLimitView> get(@PathParam("id") long id) {
        ClientId clientId = Requests.clientId(id);
        return Envelope.of(view(clientId, settings.settingsOf(clientId)));
    }

    @Operation(operationId = "adminSetIngestLimit", summary = "Set or clear a client's frame-ingest limits")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Envelope<IngestLimitView> set(@PathParam("id") long id, JsonNode body) {
        ClientId clientId = Requests.clientId(id);
        if (body == null || !body.isObject() || !body.has(FRAMES) || !body.has(BYTES)) {
            throw VigintException.invalid(
                    body != null && body.isObject() && body.has(FRAMES) ? BYTES : FRAMES,
                    "Send {\"frames_per_second\": n, \"bytes_per_second\": n}; null puts a limit back on the server's"
                            + " default");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Set.of(FRAMES, BYTES).contains(name)) {
                throw new VigintException(
                        HttpErrorCode.MALFORMED_REQUEST, "Unknown field: " + name, Map.of("field", name));
            }
        }
        Long frames = wholeNumber(body.get(FRAMES), FRAMES);
        Long bytes = wholeNumber(body.get(BYTES), BYTES);
        // A value beyond an int is out of range all the same: ClientSettings refuses it with its own message.
        Integer framesPerSecond =
                frames == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, frames));
        ClientSettings changed = settings.setIngestLimits(clientId, framesPerSecond, bytes);
        return Envelope.of(view(clientId, changed));
    }

    private IngestLimitView view(ClientId clientId, ClientSettings own) {
        IngestLimitSettings defaults = limits.ingest();
        return new IngestLimitView(
                clientId.value(),
                own.ingestFramesPerSecond(),
                own.ingestBytesPerSecond(),
                defaults.framesPerSecond(),
                defaults.bytesPerSecond(),
                defaults.burstSeconds());
    }

    private static Long wholeNumber(JsonNode value, String field) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw VigintException.invalid(field, field + " must be a whole number or null");
        }
        return value.longValue();
    }
}
