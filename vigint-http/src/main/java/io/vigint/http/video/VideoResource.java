package io.vigint.http.video;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.BufferedFrames;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.IngestFrameUseCase;
import io.vigint.core.video.SourceIds;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ratelimit.IngestGate;
import io.vigint.http.server.BodySizeLimitFilter;
import io.vigint.http.server.BodyTooLargeException;
import io.vigint.http.server.CollectedBody;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Frame ingest (SPEC §3.1): {@code POST /api/video/buffer} with base64 JSON or a raw {@code image/jpeg} /
 * {@code image/png} body, {@code POST /api/video/buffer/batch} (all frames or none) and {@code POST
 * /api/video/multi-source/buffer} (the same with a {@code source_id}). Frames go into the calling client's
 * own buffers only. Bad frames are 400 {@code INVALID_FRAME}, frames over the byte limit 413 {@code
 * PAYLOAD_TOO_LARGE}, over the pixel cap 413 {@code FRAME_TOO_LARGE_PIXELS} (read from the header, before any
 * decoding), a batch of more frames than a source holds 413 {@code TOO_MANY_FRAMES} (before any frame is
 * looked at), a write that other clients' fresh frames leave no room for 503 {@code BUFFER_FULL}; nothing
 * of a refused request is buffered. Each frame counts against the client's ingest limits ({@link IngestGate}: 429
 * {@code RATE_LIMITED} naming the limit hit), not against its per-minute API calls.
 */
@Tag(name = "Video")
@Path("api/video")
@Produces(MediaType.APPLICATION_JSON)
public final class VideoResource {
    static final String BUFFERED = "buffered";

    private static final String IMAGE_PNG = "image/png";
    private static final String OCTET_STREAM = MediaType.APPLICATION_OCTET_STREAM;

    private final IngestFrameUseCase ingest;
    private final IngestGate gate;
    private final Clock clock;

    @Inject
    public VideoResource(IngestFrameUseCase ingest, IngestGate gate, Clock clock) {
        this.ingest = ingest;
        this.gate = gate;
        this.clock = clock;
    }

    /** One frame as JSON into the default source (or the {@code source_id} given). */
    @Operation(operationId = "bufferFrame", summary = "Buffer one frame (JSON, or a raw JPEG/PNG body)")
    @Parameter(ref = "SourceId")
    @Parameter(ref = "FrameCount")
    @RequestBody(ref = "Frame")
    @POST
    @Path("buffer")
    @Consumes(MediaType.APPLICATION_JSON)
    public BufferedView buffer(BufferRequest body, @Context ContainerRequestContext request) {
        BufferRequest b = required(body);
        return bufferOne(request, SourceIds.check(b.sourceId()), b);
    }

    /** One frame as a raw image body into the default source (or {@code ?source_id=}). */
    @Hidden
    @POST
    @Path("buffer")
    @Consumes({"image/jpeg", IMAGE_PNG, OCTET_STREAM})
    public BufferedView bufferRaw(
            InputStream body,
            @QueryParam("source_id") String sourceId,
            @QueryParam("frame_count") String frameCount,
            @Context ContainerRequestContext request) {
        return bufferRawFrame(request, SourceIds.check(sourceId), body, frameCountParam(frameCount));
    }

    /** Several frames as JSON, all buffered or none. */
    @Operation(operationId = "bufferFrames", summary = "Buffer several frames, all or none")
    @POST
    @Path("buffer/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public BatchBufferedView batch(BatchRequest body, @Context ContainerRequestContext request) {
        ClientId client = clientOf(request);
        if (body == null || body.frames() == null || body.frames().isEmpty()) {
            throw VigintException.invalid("frames", "frames must hold at least one frame");
        }
        String source = SourceIds.check(body.sourceId());
        int count = body.frames().size();
        ingest.checkBatchSize(count);
        Instant now = clock.instant();
        List<byte[]> images = new ArrayList<>(count);
        List<Instant> taken = new ArrayList<>(count);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            BatchRequest.BatchFrame frame = body.frames().get(i);
            if (frame == null) {
                throw atIndex(VigintException.invalid("frames", "a frame must be an object"), i);
            }
            try {
                frameCount(frame.frameCount());
                images.add(decodeFrame(frame.frameData()));
                taken.add(FrameTimestamps.parse(frame.timestamp(), now));
            } catch (VigintException e) {
                throw atIndex(e, i);
            }
            bytes += images.get(i).length;
        }
        // Each frame counts against the ingest limits, before any image is looked at.
        gate.admit(request, source, count, bytes);
        List<Frame> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            try {
                frames.add(ingest.checkFrame(images.get(i), taken.get(i)));
            } catch (VigintException e) {
                throw atIndex(e, i);
            }
        }
        BufferedFrames result = ingest.ingestAll(client, source, frames);
        return new BatchBufferedView(BUFFERED, result.framesAdded(), result.bufferSize());
    }

    /** One frame as JSON into the named source. */
    @Operation(
            operationId = "bufferSourceFrame",
            summary = "Buffer one frame into a named source (JSON, or a raw JPEG/PNG body)")
    @Parameter(ref = "SourceId")
    @Parameter(ref = "FrameCount")
    @RequestBody(ref = "Frame")
    @POST
    @Path("multi-source/buffer")
    @Consumes(MediaType.APPLICATION_JSON)
    public BufferedView multiSource(BufferRequest body, @Context ContainerRequestContext request) {
        BufferRequest b = required(body);
        String source = requiredSource(b.sourceId());
        return bufferOne(request, source, b).ofSource(source);
    }

    /** One frame as a raw image body into the source named by {@code ?source_id=}. */
    @Hidden
    @POST
    @Path("multi-source/buffer")
    @Consumes({"image/jpeg", IMAGE_PNG, OCTET_STREAM})
    public BufferedView multiSourceRaw(
            InputStream body,
            @QueryParam("source_id") String sourceId,
            @QueryParam("frame_count") String frameCount,
            @Context ContainerRequestContext request) {
        String source = requiredSource(sourceId);
        return bufferRawFrame(request, source, body, frameCountParam(frameCount))
                .ofSource(source);
    }

    private BufferedView bufferOne(ContainerRequestContext request, String source, BufferRequest body) {
        Instant now = clock.instant();
        byte[] data = decodeFrame(body.frameData());
        Instant taken = FrameTimestamps.parse(body.timestamp(), now);
        gate.admit(request, source, 1, data.length);
        BufferedFrames result = ingest.ingest(clientOf(request), source, data, taken);
        return new BufferedView(BUFFERED, frameCount(body.frameCount()), result.bufferSize(), result.timestamp());
    }

    private BufferedView bufferRawFrame(
            ContainerRequestContext request, String source, InputStream body, Long frameCount) {
        byte[] data = read(body, request);
        gate.admit(request, source, 1, data.length);
        BufferedFrames result = ingest.ingest(clientOf(request), source, data, clock.instant());
        return new BufferedView(BUFFERED, frameCount(frameCount), result.bufferSize(), result.timestamp());
    }

    /**
     * The body's bytes: the array the server collected it in when it is there untouched (no copy), else read into
     * an array of the announced length when there is one, in chunks otherwise.
     */
    private byte[] read(InputStream body, ContainerRequestContext request) {
        if (body == null) {
            throw FrameValidator.invalid("the request body is empty");
        }
        int announcedLength = request.getLength();
        if (announcedLength > ingest.maxFrameBytes()) {
            throw FrameValidator.tooLarge(ingest.maxFrameBytes());
        }
        byte[] collected = CollectedBody.takeAll(body);
        if (collected == null) {
            collected = CollectedBody.takeAll(request.getEntityStream());
        }
        if (collected != null) {
            if (collected.length > ingest.maxFrameBytes()) {
                throw FrameValidator.tooLarge(ingest.maxFrameBytes());
            }
            return collected;
        }
        try {
            if (announcedLength >= 0) {
                byte[] data = new byte[announcedLength];
                int read = body.readNBytes(data, 0, announcedLength);
                return read == announcedLength ? data : Arrays.copyOf(data, read);
            }
            byte[] data = body.readNBytes(ingest.maxFrameBytes() + 1);
            if (data.length > ingest.maxFrameBytes()) {
                throw FrameValidator.tooLarge(ingest.maxFrameBytes());
            }
            return data;
        } catch (BodyTooLargeException e) {
            throw BodySizeLimitFilter.tooLarge(e.maxBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The bytes of base64 {@code text}; 400 for missing or malformed base64, 413 when clearly too large. */
    byte[] decode(String text) {
        return FrameData.decode(text, "frame_data", ingest.maxFrameBytes());
    }

    /** The bytes of {@code frame_data} as read from JSON ({@link FrameText}): the same bytes and errors. */
    byte[] decodeFrame(FrameText text) {
        return FrameText.decode(text, "frame_data", ingest.maxFrameBytes());
    }

    private static long frameCount(Long frameCount) {
        if (frameCount == null) {
            return 1;
        }
        if (frameCount < 0) {
            throw VigintException.invalid("frame_count", "frame_count must not be negative");
        }
        return frameCount;
    }

    /**
     * The {@code ?frame_count=} query parameter. Taken as text, because JAX-RS answers 404 when a
     * parameter does not convert to its Java type; a bad value is a 400 naming the field.
     */
    static Long frameCountParam(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw VigintException.invalid("frame_count", "frame_count must be a whole number");
        }
    }

    private static BufferRequest required(BufferRequest body) {
        if (body == null) {
            throw VigintException.invalid("frame_data", "frame_data is required: the JPEG or PNG image, base64");
        }
        frameCount(body.frameCount());
        return body;
    }

    private static String requiredSource(String sourceId) {
        if (sourceId == null) {
            throw VigintException.invalid("source_id", "source_id is required on this route");
        }
        return SourceIds.check(sourceId);
    }

    private static VigintException atIndex(VigintException e, int index) {
        Map<String, Object> details = new HashMap<>(e.details());
        details.put("index", index);
        return new VigintException(e.code(), e.getMessage() + " (frame " + index + ")", details);
    }

    private static ClientId clientOf(ContainerRequestContext request) {
        return ClientPrincipal.of(request).client().id();
    }
}
