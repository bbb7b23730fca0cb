package io.vigint.http.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.video.IngestFrameUseCase;
import io.vigint.core.videofile.CreateVideoCommand;
import io.vigint.core.videofile.CreateVideoUseCase;
import io.vigint.core.videofile.CreatedVideo;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.video.FrameData;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/video/create} (SPEC §3.1b): a video (H.264 in MP4) of the calling client's frames, those in
 * the body as the original client sends them ({@code frames}: base64 images) or, without any, those buffered for
 * its own source {@code source_id}. The answer has the original's fields, with {@code download_url} where the
 * client (only it, with its key) downloads the video until it expires ({@code storage.download_lifetime}).
 *
 * <p>Each image is checked as a buffered frame is (JPEG or PNG, {@code video.max_frame_bytes}, {@code
 * video.max_frame_pixels}): a bad one is 400 {@code INVALID_FRAME} (413 when too large) naming its {@code
 * index}; more than {@code video.upload.max_frames} images is 413 {@code TOO_MANY_FRAMES}; an empty buffer is 422
 * {@code NO_FRAMES}; storage over the client's quota 413 {@code STORAGE_QUOTA_EXCEEDED}.
 */
@Tag(name = "Video files", description = "Videos a client makes, compresses, hosts and keeps on the server")
@Path("api/video/create")
@Produces(MediaType.APPLICATION_JSON)
public record CreateVideoResource(CreateVideoUseCase videos, IngestFrameUseCase frames) {
    private static final String FRAMES = "frames";

    public CreateVideoResource {
        Checks.nonNull("videos frames", videos, frames);
    }

    @Operation(
            operationId = "createVideo",
            summary = "Make an MP4 of the given frames, or of a buffered source; downloadable by the caller")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CreateVideoRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "originalClient",
                                            value =
                                                    "{\"frames\": [\"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD\", \"/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD\"],"
                                                            + " \"output_filename\": \"incident.mp4\", \"fps\": null,"
                                                            + " \"video_format\": null}")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CreatedVideoView create(CreateVideoRequest body, @Context ContainerRequestContext request) {
        ClientId client = ClientPrincipal.of(request).client().id();
        CreateVideoRequest b = body == null ? new CreateVideoRequest(null, null, null, null, null) : body;
        List<byte[]> images = new ArrayList<>();
        if (b.frames() != null) {
            for (int i = 0; i < b.frames().size(); i++) {
                try {
                    images.add(FrameData.decode(b.frames().get(i), FRAMES, frames.maxFrameBytes()));
                } catch (VigintException e) {
                    Map<String, Object> details = new HashMap<>(e.details());
                    details.put("index", i);
                    throw new VigintException(e.code(), e.getMessage() + " (frame " + i + ")", details);
                }
            }
        }
        CreateVideoCommand command = new CreateVideoCommand(client, images, b.sourceId(), fps(b.fps()));
        CreatedVideo created = videos.create(command);
        return CreatedVideoView.of(created, command.fromBuffer() ? command.sourceId() : null);
    }

    private static Double fps(JsonNode fps) {
        if (fps == null || fps.isNull()) {
            return null;
        }
        if (!fps.isNumber()) {
            throw VigintException.invalid("fps", "fps must be a number of frames per second");
        }
        return fps.asDouble();
    }
}
