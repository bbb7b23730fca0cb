package io.vigint.http.alert;

import io.vigint.core.clip.ClipContent;
import io.vigint.core.error.VigintException;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.error.VigintExceptionMapper;
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
 * A stored video served with byte ranges (RFC 9110 §14), so a browser or phone can seek without downloading it:
 * {@code Accept-Ranges: bytes}; one range ({@code bytes=a-b}, {@code a-}, {@code -n}) is 206 with {@code
 * Content-Range}; a range starting past the end is 416 {@code RANGE_NOT_SATISFIABLE} with {@code Content-Range:
 * bytes *}{@code /length}; several ranges, or a {@code Range} this server cannot read, get the whole video (200),
 * as the RFC allows. {@code If-Range} with the video's strong {@code ETag} keeps the range; any other validator
 * gets the whole video. The part is read after skipping what comes before it, never the whole video into memory.
 * No cache may keep the answer ({@code private, no-store}): the videos are a client's. Used by the signed clip
 * link ({@link VideoClipResource}) and the download of created videos.
 */
public final class ClipResponses {
    private static final int BUFFER = 64 * 1024;

    private ClipResponses() {}

    /**
     * The answer to a {@code GET} of {@code clip} with the request's {@code Range} and {@code If-Range} headers
     * (either may be null); the content stream is closed once written (or at once for a 416).
     *
     * @param disposition the {@code Content-Disposition} header
     */
    public static Response get(ClipContent clip, String range, String ifRange, String disposition) {
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
            return headers(
                            Response.status(206).entity(body).type(clip.format().mediaType()),
                            clip,
                            bytes.size(),
                            disposition)
                    .header("Content-Range", bytes.contentRange())
                    .build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = clip.content()) {
                in.transferTo(out);
            }
        };
        return headers(Response.ok(body, clip.format().mediaType()), clip, length, disposition)
                .build();
    }

    /**
     * The answer to a {@code HEAD} of {@code clip}: the headers of the whole video (a {@code Range} is defined for
     * {@code GET} only, RFC 9110 §14.2); the content is closed.
     */
    public static Response head(ClipContent clip, String disposition) throws IOException {
        try (clip) {
            return headers(
                            Response.ok().type(clip.format().mediaType()),
                            clip,
                            clip.clip().size(),
                            disposition)
                    .build();
        }
    }

    private static Response.ResponseBuilder headers(
            Response.ResponseBuilder response, ClipContent clip, long size, String disposition) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return response.header(HttpHeaders.CONTENT_LENGTH, size)
                .header("Accept-Ranges", "bytes")
                .tag(etag(clip))
                .header("Content-Disposition", disposition)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache);
    }

    /** A stored video never changes, so its random id and length identify its bytes. */
    private static EntityTag etag(ClipContent clip) {
        return new EntityTag(clip.clip().id().value() + "-" + clip.clip().size());
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[(int) Math.min(BUFFER, count)];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the stored video ended " + left + " bytes before its recorded length");
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
