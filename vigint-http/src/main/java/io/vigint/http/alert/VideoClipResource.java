package io.vigint.http.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.FetchClipUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.error.VigintExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * {@code GET /video/{id}?token=…}: an incident clip ({@code video/mp4}, or {@code video/x-msvideo} for AVI
 * clips) for whoever holds a valid link, with no other credential. A bad or expired token is 403
 * {@code INVALID_VIDEO_TOKEN}; a clip that does not exist (any more) is 404 {@code CLIP_NOT_FOUND}. Links
 * are capabilities, so no cache may keep the answer.
 *
 * <p>Byte ranges (RFC 9110 §14), so a browser or phone can seek without downloading the clip: {@code
 * Accept-Ranges: bytes}; one range ({@code bytes=a-b}, {@code a-}, {@code -n}) is 206 with {@code
 * Content-Range}; a range starting past the end is 416 {@code RANGE_NOT_SATISFIABLE} with {@code
 * Content-Range: bytes *}{@code /length}; several ranges, or a {@code Range} this server cannot read, get
 * the whole clip (200), as the RFC allows. {@code If-Range} with the clip's strong {@code ETag} keeps the
 * range; any other validator gets the whole clip. The part is read from the clip store after skipping
 * what comes before it, never the whole clip into memory.
 */
@Tag(name = "Alerts")
@Path("video/{id}")
public record VideoClipResource(FetchClipUseCase clips) {
    private static final int BUFFER = 64 * 1024;

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
        long length = clip.clip().size();
        ByteRange.Answer answer =
                ifRange == null || ifRange.strip().equals(etag(clip).toString())
                        ? ByteRange.of(range, length)
                        : new ByteRange.Whole();
        if (answer instanceof ByteRange.Unsatisfiable) {
            close(clip);
            throw new VigintException(
                    HttpErrorCode.RANGE_NOT_SATISFIABLE,
                    HttpErrorCode.RANGE_NOT_SATISFIABLE.defaultMessage(),
                    Map.of(VigintExceptionMapper.RANGE_LENGTH_DETAIL, length));
        }
        if (answer instanceof ByteRange.Part part) {
            ByteRange bytes = part.range();
            StreamingOutput body = out -> {
                try (InputStream in = clip.content()) {
                    in.skipNBytes(bytes.first());
                    copy(in, out, bytes.size());
                }
            };
            return headers(Response.status(206).entity(body).type(clip.format().mediaType()), clip, bytes.size())
                    .header("Content-Range", bytes.contentRange())
                    .build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = clip.content()) {
                in.transferTo(out);
            }
        };
        return headers(Response.ok(body, clip.format().mediaType()), clip, length)
                .build();
    }

    /** The headers of {@link #clip} without the body, and without leaving the clip open. */
    @Operation(operationId = "headVideoClip", summary = "The headers of an alert's video clip")
    @ApiResponse(responseCode = "200", ref = "VideoClipHeaders")
    @HEAD
    @Produces({"video/mp4", "video/x-msvideo", "application/json"})
    public Response head(@PathParam("id") String id, @QueryParam("token") String token) throws IOException {
        // Range is defined for GET only (RFC 9110 §14.2): a HEAD always describes the whole clip
        try (ClipContent clip = clips.fetch(id, token)) {
            return headers(
                            Response.ok().type(clip.format().mediaType()),
                            clip,
                            clip.clip().size())
                    .build();
        }
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder response, ClipContent clip, long size) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return response.header(HttpHeaders.CONTENT_LENGTH, size)
                .header("Accept-Ranges", "bytes")
                .tag(etag(clip))
                .header(
                        "Content-Disposition",
                        "inline; filename=\"incident-" + clip.clip().id() + "."
                                + clip.format().extension() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }

    /** A clip never changes once stored, so its random id and length identify its bytes. */
    private static EntityTag etag(ClipContent clip) {
        return new EntityTag(clip.clip().id().value() + "-" + clip.clip().size());
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER, count)];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the stored clip ended " + left + " bytes before its recorded length");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void close(ClipContent clip) {
        try {
            clip.close();
        } catch (IOException ignored) {
            // only read from; nothing was written that closing could lose
        }
    }
}
