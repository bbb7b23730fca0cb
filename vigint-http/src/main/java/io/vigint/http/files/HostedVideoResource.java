package io.vigint.http.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.videofile.HostVideoCommand;
import io.vigint.core.videofile.HostVideoUseCase;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.RequestProperties;
import io.vigint.http.json.JsonMapperProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/**
 * {@code POST /api/v1/videos/upload} (SPEC §3.1b): the original's clip hosting, as its {@code VideoLinkService}
 * sends it: {@code multipart/form-data} with the file part {@code video}, the field {@code metadata} (JSON with
 * {@code video_id}) and the field {@code expiration_hours}; the answer has {@code success}, {@code video_id},
 * {@code private_link} and {@code expiration_time}. The link is the signed, expiring clip link ({@code
 * /video/<id>?token=…}, with byte ranges), working until the clip expires: the hours asked for, at most (and by
 * default) {@code storage.max_link_lifetime}.
 *
 * <p>The clip belongs to the client whose key or token uploads it (a {@code client_id} in the form acts for no
 * one, as on alerts). An operator key ({@code X-Admin-Key}) may upload for a client, which it names with {@code
 * client_id} (a form field, or in {@code metadata}): required, since every stored file belongs to a client
 * (its quota, its cleanup, deleted with it); unknown is 404 {@code CLIENT_NOT_FOUND}. The file must be an MP4 that
 * decodes within the upload limits ({@code video.upload.*}; 400 {@code INVALID_VIDEO}, 413 over the byte limit);
 * {@code video_id} is only a label (1 to 128 characters, no control characters), never a file name: the clip is
 * stored and linked under a random id. A new upload with the same {@code video_id} replaces the owner's earlier one.
 */
@Tag(name = "Video files")
@Path("api/v1/videos/upload")
@Produces(MediaType.APPLICATION_JSON)
public record HostedVideoResource(HostVideoUseCase hosting) {
    static final String VIDEO = "video";
    static final String METADATA = "metadata";
    static final String EXPIRATION_HOURS = "expiration_hours";
    static final String CLIENT_ID = "client_id";
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24L * 365 * 100);

    public HostedVideoResource {
        Checks.nonNull("hosting", hosting);
    }

    @Operation(
            operationId = "hostVideo",
            summary = "Host an MP4 clip behind a signed, expiring private link (multipart: video, metadata)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = HostedVideoForm.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public HostedVideoView upload(
            @Parameter(hidden = true) FormDataMultiPart form, @Context ContainerRequestContext request) {
        if (form == null) {
            throw VigintException.invalid(VIDEO, "the body must be a multipart form with the file part video");
        }
        JsonNode metadata = metadata(field(form, METADATA).orElse("{}"));
        String videoId = metadata.path("video_id").isValueNode()
                        && !metadata.path("video_id").isNull()
                ? metadata.path("video_id").asText()
                : null;
        if (videoId == null || videoId.isBlank()) {
            throw VigintException.invalid("video_id", "video_id is missing from metadata");
        }
        String hours = field(form, EXPIRATION_HOURS)
                .or(() -> Optional.of(metadata.path(EXPIRATION_HOURS))
                        .filter(JsonNode::isValueNode)
                        .filter(node -> !node.isNull())
                        .map(JsonNode::asText))
                .orElse(null);
        HostVideoCommand command =
                new HostVideoCommand(owner(request, form, metadata), videoId, video(form), lifetime(hours));
        return HostedVideoView.of(hosting.host(command));
    }

    /** The caller for a client credential; the named client for an operator key. */
    private static ClientId owner(ContainerRequestContext request, FormDataMultiPart form, JsonNode metadata) {
        if (request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal) {
            return principal.client().id();
        }
        if (request.getProperty(RequestProperties.OPERATOR) == null) {
            throw new VigintException(io.vigint.core.error.CoreErrorCode.API_KEY_REQUIRED);
        }
        String named = field(form, CLIENT_ID)
                .or(() -> Optional.of(metadata.path(CLIENT_ID))
                        .filter(JsonNode::isValueNode)
                        .filter(node -> !node.isNull())
                        .map(JsonNode::asText))
                .orElseThrow(() -> VigintException.invalid(
                        CLIENT_ID, "with an operator key, client_id names the client the clip is for"));
        try {
            long id = Long.parseLong(named.strip());
            if (id > 0) {
                return new ClientId(id);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw VigintException.invalid(CLIENT_ID, "client_id must be a client's number");
    }

    private static byte[] video(FormDataMultiPart form) {
        FormDataBodyPart part = form.getField(VIDEO);
        if (part == null) {
            throw VigintException.invalid(VIDEO, "the multipart form has no file part named video");
        }
        return part.getEntityAs(byte[].class);
    }

    /** The text of form field {@code name}, if sent. */
    private static Optional<String> field(FormDataMultiPart form, String name) {
        FormDataBodyPart part = form.getField(name);
        return part == null ? Optional.empty() : Optional.ofNullable(part.getEntityAs(String.class));
    }

    private static JsonNode metadata(String text) {
        JsonNode node;
        try {
            node = JsonMapperProvider.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw VigintException.invalid(METADATA, "metadata must be a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw VigintException.invalid(METADATA, "metadata must be a JSON object");
        }
        return node;
    }

    /** A number of hours (decimals allowed) as a duration; null when not sent. */
    private static Duration lifetime(String hours) {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(hours.strip());
        } catch (NumberFormatException e) {
            throw VigintException.invalid(EXPIRATION_HOURS, "expiration_hours must be a number of hours");
        }
        if (value.signum() <= 0) {
            throw VigintException.invalid(EXPIRATION_HOURS, "expiration_hours must be a positive number of hours");
        }
        BigDecimal capped = value.min(MAX_HOURS);
        return Duration.ofMillis(capped.multiply(BigDecimal.valueOf(3_600_000)).longValue());
    }
}
