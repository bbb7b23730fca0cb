package io.vigint.http.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.FetchClipUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * {@code GET /video/{id}?token=…}: an incident clip ({@code video/mp4}, or {@code video/x-msvideo} for AVI
 * clips) for whoever holds a valid link, with no other credential. A bad or expired token is 403
 * {@code INVALID_VIDEO_TOKEN}; a clip that does not exist (any more) is 404 {@code CLIP_NOT_FOUND}. Links
 * are capabilities, so no cache may keep the answer. The link also serves clips clients host ({@code POST
 * /api/v1/videos/upload}), whatever {@link FetchClipUseCase} finds.
 *
 * <p>Byte ranges, {@code If-Range} and {@code HEAD} as {@link ClipResponses} serves them, so a browser or phone
 * can seek without downloading the clip.
 */
@Tag(name = "Alerts")
@Path("video/{id}")
public record VideoClipResource(FetchClipUseCase clips) {
    @Operation(
            operationId = "getVideoClip",
            summary = "An alert's video clip (the signed link); one byte range may be asked for")
    @ApiResponse(responseCode = "200", ref = "VideoClip")
    @ApiResponse(responseCode = "206", ref = "VideoClipPart")
    @ApiResponse(responseCode = "416", ref = "RangeNotSatisfiable")
    @GET
    @Produces({"video/mp4", "video/x-msvideo", "application/json"})
    public Response clip(
            @PathParam("id") String id,
            @QueryParam("token") String token,
            @Parameter(
                            description = "One byte range (bytes=a-b, bytes=a- or bytes=-n); anything else gets the"
                                    + " whole clip")
                    @HeaderParam("Range")
                    String range,
            @Parameter(description = "The clip's ETag: the range is served only while it matches")
                    @HeaderParam("If-Range")
                    String ifRange) {
        ClipContent clip = clips.fetch(id, token);
        return ClipResponses.get(clip, range, ifRange, disposition(clip));
    }

    /** The headers of {@link #clip} without the body, and without leaving the clip open. */
    @Operation(operationId = "headVideoClip", summary = "The headers of an alert's video clip")
    @ApiResponse(responseCode = "200", ref = "VideoClipHeaders")
    @HEAD
    @Produces({"video/mp4", "video/x-msvideo", "application/json"})
    public Response head(@PathParam("id") String id, @QueryParam("token") String token) throws IOException {
        // Range is defined for GET only (RFC 9110 §14.2): a HEAD always describes the whole clip
        ClipContent clip = clips.fetch(id, token);
        return ClipResponses.head(clip, disposition(clip));
    }

    private static String disposition(ClipContent clip) {
        return "inline; filename=\"incident-" + clip.clip().id() + "."
                + clip.format().extension() + "\"";
    }
}
