package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.UploadVideoCommand;
import io.vigint.core.video.UploadVideoUseCase;
import io.vigint.core.video.VideoUploadService;
import io.vigint.http.ClientPrincipal;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;

/**
 * {@code POST /api/video/upload} (SPEC §3.1b): a recorded MP4, as the original client sends it (JSON with
 * base64 {@code video_data} and {@code video_filename}) or as a raw {@code video/mp4} body, decoded into the
 * calling client's own buffer of one source (the default one, or {@code source_id}), so that the next
 * {@code POST /api/video/analyze} and alert clip see its frames. The answer carries the original's fields
 * ({@code status: "uploaded"}, {@code video_size_mb}, {@code frame_count}, {@code duration}, {@code
 * ready_for_analysis}) and ours.
 *
 * <p>The JSON body is read as a stream and its base64 decoded as it is read, so a 64 MiB video never exists as
 * an 86 MiB string. Fields other than {@code video_data}, {@code video_filename} and {@code source_id} (the
 * original client also sends none, but the original server accepted any) are ignored. Missing or malformed
 * base64 is 400 {@code VALIDATION_FAILED}; a video over {@code video.upload.max_bytes} 413 {@code
 * PAYLOAD_TOO_LARGE}; one that does not decode, is truncated or over a limit 400 {@code INVALID_VIDEO} with a
 * {@code reason}. Nothing of a refused upload is buffered.
 */
@Tag(name = "Video")
@Path("api/video/upload")
@Produces(MediaType.APPLICATION_JSON)
public final class VideoUploadResource {
    static final String DEFAULT_FILENAME = "uploaded.mp4";
    static final String VIDEO_MP4 = "video/mp4";

    private static final int MAX_FILENAME = 255;
    private static final String FILENAME = "video_filename";
    private static final String SOURCE_ID = "source_id";

    private final UploadVideoUseCase upload;

    @Inject
    public VideoUploadResource(UploadVideoUseCase upload) {
        this.upload = Objects.requireNonNull(upload, "upload");
    }

    /** The original client's upload: JSON with the MP4 in base64. */
    @Operation(
            operationId = "uploadVideo",
            summary = "Buffer the frames of a recorded MP4 (JSON with base64 video_data, or the raw video/mp4 body)")
    @Parameter(ref = "SourceId")
    @RequestBody(
            required = true,
            description = "The MP4 file: JSON with base64 video_data (as the original client sends it), or the raw"
                    + " bytes with Content-Type video/mp4",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = VideoUploadRequest.class),
                        examples =
                                @ExampleObject(
                                        name = "originalClient",
                                        value = "{\"video_data\":\"AAAAIGZ0eXBpc29t…\","
                                                + "\"video_filename\":\"incident_20260101_120000.mp4\"}")),
                @Content(mediaType = VIDEO_MP4, schema = @Schema(type = "string", format = "binary"))
            })
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public VideoUploadedView upload(InputStream body, @Context ContainerRequestContext request) throws IOException {
        VideoJsonBody parsed = VideoJsonBody.parse(body, Set.of(FILENAME, SOURCE_ID));
        JsonNode filename = parsed.field(FILENAME).orElse(null);
        return store(
                request,
                parsed.text(SOURCE_ID),
                parsed.video(),
                filename != null && filename.isTextual() ? filename.asText() : null);
    }

    /** The same with the MP4 as the body itself; {@code ?source_id=} and {@code ?video_filename=} optional. */
    @Hidden
    @POST
    @Consumes({VIDEO_MP4, MediaType.APPLICATION_OCTET_STREAM})
    public VideoUploadedView uploadRaw(
            InputStream body,
            @QueryParam(SOURCE_ID) String sourceId,
            @QueryParam("video_filename") String filename,
            @Context ContainerRequestContext request)
            throws IOException {
        long max = upload.maxBytes();
        byte[] video = body == null ? new byte[0] : body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (video.length > max) {
            throw VideoUploadService.tooLarge(max);
        }
        if (video.length == 0) {
            throw VigintException.invalid("body", "the request body is empty: send the MP4 file");
        }
        return store(request, sourceId, video, filename);
    }

    private VideoUploadedView store(ContainerRequestContext request, String sourceId, byte[] video, String filename) {
        UploadVideoCommand command =
                new UploadVideoCommand(ClientPrincipal.of(request).client().id(), sourceId, video);
        return VideoUploadedView.of(upload.upload(command), filename(filename));
    }

    private static String filename(String given) {
        if (given == null || given.isBlank()) {
            return DEFAULT_FILENAME;
        }
        return given.length() <= MAX_FILENAME ? given : given.substring(0, MAX_FILENAME);
    }
}
