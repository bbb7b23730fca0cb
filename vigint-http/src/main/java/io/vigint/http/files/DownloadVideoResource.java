package io.vigint.http.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.util.Checks;
import io.vigint.core.videofile.CreateVideoUseCase;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.alert.ClipResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/video/download/{id}} (SPEC §3.1b): a video made by {@code POST /api/video/create}, for the
 * client that made it (its API key or token), until it expires ({@code storage.download_lifetime}), as {@code
 * video/mp4} with byte ranges ({@link ClipResponses}, as the clip links) and {@code Content-Disposition:
 * attachment; filename=video_<id>.mp4} as the original. Another client's id, an expired or unknown one is the
 * same 404 {@code CLIP_NOT_FOUND}, so nothing about other clients' videos is revealed. There is no {@code HEAD}
 * (the original had none, and a body-less 404 could not tell a missing video from a path no route serves). Unlike the original, the
 * video is not deleted after the first download (a retry or a seek still works); it goes when it expires.
 */
@Tag(name = "Video files")
@Path("api/video/download/{id}")
public record DownloadVideoResource(CreateVideoUseCase videos) {
    public DownloadVideoResource {
        Checks.nonNull("videos", videos);
    }

    @Operation(
            operationId = "downloadVideo",
            summary = "Download a video the caller created; one byte range may be asked for")
    @ApiResponse(
            responseCode = "200",
            description = "The whole video: H.264 in MP4",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(
            responseCode = "206",
            description = "The asked byte range of the video; Content-Range says which",
            content = @Content(mediaType = "video/mp4", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "416", ref = "RangeNotSatisfiable")
    @GET
    @Produces({"video/mp4", "application/json"})
    public Response download(
            @PathParam("id") String id,
            @Parameter(
                            description =
                                    "One byte range (bytes=a-b, bytes=a- or bytes=-n); anything else gets the whole video")
                    @HeaderParam("Range")
                    String range,
            @Parameter(description = "The video's ETag: the range is served only while it matches")
                    @HeaderParam("If-Range")
                    String ifRange,
            @Context ContainerRequestContext request) {
        ClipContent video = videos.download(ClientPrincipal.of(request).client().id(), id);
        return ClipResponses.get(video, range, ifRange, disposition(video));
    }

    private static String disposition(ClipContent video) {
        return "attachment; filename=video_" + video.clip().id() + ".mp4";
    }
}
