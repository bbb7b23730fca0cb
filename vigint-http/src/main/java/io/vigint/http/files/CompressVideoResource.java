package io.vigint.http.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.util.Checks;
import io.vigint.core.videofile.CompressVideoCommand;
import io.vigint.core.videofile.CompressVideoUseCase;
import io.vigint.http.video.VideoJsonBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * {@code POST /api/video/compress} (SPEC §3.1b): the original client's recording ({@code video_data}, base64)
 * made small enough for an email ({@code max_size_mb}, default 20): re-encoded as H.264 at the bitrate that fits,
 * smaller pictures on further attempts ({@code quality_reduction}); a recording within the limit comes back
 * unchanged, as the original's. Nothing is stored. The recording is held to the upload limits ({@code
 * video.upload.*}): over the byte limit 413 {@code PAYLOAD_TOO_LARGE}, not a video that decodes (or over another
 * limit) 400 {@code INVALID_VIDEO}; missing or malformed base64 400 {@code VALIDATION_FAILED}.
 */
@Tag(name = "Video files")
@Path("api/video/compress")
@Produces(MediaType.APPLICATION_JSON)
public record CompressVideoResource(CompressVideoUseCase compression) {
    private static final String FILENAME = "filename";
    private static final String MAX_SIZE_MB = "max_size_mb";
    private static final String QUALITY_REDUCTION = "quality_reduction";
    private static final int MAX_FILENAME = 255;

    public CompressVideoResource {
        Checks.nonNull("compression", compression);
    }

    @Operation(operationId = "compressVideo", summary = "Re-encode a recording smaller (H.264), for an email")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CompressVideoRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "originalClient",
                                            value =
                                                    "{\"video_data\": \"AAAAIGZ0eXBpc29tAAACAGlzb21pc28y\", \"filename\":"
                                                            + " \"incident.mp4\", \"max_size_mb\": 20, \"quality_reduction\":"
                                                            + " 0.85}")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompressedVideoView compress(InputStream body) throws IOException {
        VideoJsonBody parsed = VideoJsonBody.parse(body, Set.of(FILENAME, MAX_SIZE_MB, QUALITY_REDUCTION));
        CompressVideoCommand command =
                new CompressVideoCommand(parsed.video(), parsed.number(MAX_SIZE_MB), parsed.number(QUALITY_REDUCTION));
        String filename = parsed.field(FILENAME)
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .map(name -> name.length() <= MAX_FILENAME ? name : name.substring(0, MAX_FILENAME))
                .orElse("video.mp4");
        return CompressedVideoView.of(compression.compress(command), command.maxBytes(), filename);
    }
}
