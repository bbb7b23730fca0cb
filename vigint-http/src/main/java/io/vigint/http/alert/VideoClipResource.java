package io.vigint.http.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.FetchClipUseCase;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /video/{id}?token=…}: an incident clip ({@code video/mp4}, or {@code video/x-msvideo} for AVI clips) for whoever holds a valid
 * link, with no other credential. A bad or expired token is 403 {@code INVALID_VIDEO_TOKEN}; a clip that
 * does not exist (any more) is 404 {@code CLIP_NOT_FOUND}. Links are capabilities, so no cache may keep
 * the answer.
 */
@Tag(name = "Alerts")
@Path("video/{id}")
public record VideoClipResource(FetchClipUseCase clips) {
    @Operation(operationId = "getVideoClip", summary = "An alert's video clip (the signed link)")
    @ApiResponse(responseCode = "200", ref = "VideoClip")
    @GET
    @Produces({"video/mp4", "video/x-msvideo", "application/json"})
    public Response clip(@PathParam("id") String id, @QueryParam("token") String token) {
        ClipContent clip = clips.fetch(id, token);
        StreamingOutput body = out -> {
            try (InputStream in = clip.content()) {
                in.transferTo(out);
            }
        };
        return headers(Response.ok(body, clip.format().mediaType()), clip).build();
    }

    /** The headers of {@link #clip} without the body, and without leaving the clip open. */
    @Operation(operationId = "headVideoClip", summary = "The headers of an alert's video clip")
    @ApiResponse(responseCode = "200", ref = "VideoClipHeaders")
    @HEAD
    @Produces({"video/mp4", "video/x-msvideo", "application/json"})
    public Response head(@PathParam("id") String id, @QueryParam("token") String token) throws IOException {
        try (ClipContent clip = clips.fetch(id, token)) {
            return headers(Response.ok().type(clip.format().mediaType()), clip).build();
        }
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, ClipContent clip) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return response.header(HttpHeaders.CONTENT_LENGTH, clip.clip().size())
                .header(
                        "Content-Disposition",
                        "inline; filename=\"incident-" + clip.clip().id() + "."
                                + clip.format().extension() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }
}
