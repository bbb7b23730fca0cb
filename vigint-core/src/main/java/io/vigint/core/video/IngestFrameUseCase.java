package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;

/**
 * Puts camera frames into the calling client's own buffers: checked (format, size, pixels) and then
 * buffered, all of a batch or none of it.
 */
public interface IngestFrameUseCase {
    /** The largest frame accepted, in bytes: a body longer than this is refused before it is read whole. */
    int maxFrameBytes();

    /**
     * Refuses a batch of {@code count} frames for one source before any of them is looked at.
     *
     * @throws io.vigint.core.error.VigintException 413 {@code TOO_MANY_FRAMES}
     */
    void checkBatchSize(int count);

    /**
     * One frame of a batch, checked but not buffered yet.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_FRAME}, {@code PAYLOAD_TOO_LARGE} or {@code
     *     FRAME_TOO_LARGE_PIXELS}
     */
    Frame checkFrame(byte[] data, Instant timestamp);

    /**
     * Checks one frame and buffers it.
     *
     * @throws io.vigint.core.error.VigintException as {@link #checkFrame}, or 503 {@code BUFFER_FULL}
     */
    BufferedFrames ingest(ClientId clientId, String sourceId, byte[] data, Instant timestamp);

    /**
     * Buffers checked frames, all or none.
     *
     * @throws io.vigint.core.error.VigintException 503 {@code BUFFER_FULL}, or 413 {@code TOO_MANY_FRAMES}
     */
    BufferedFrames ingestAll(ClientId clientId, String sourceId, List<Frame> frames);
}
