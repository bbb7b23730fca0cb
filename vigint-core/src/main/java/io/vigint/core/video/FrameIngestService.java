package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Frame ingest: the {@link FrameValidator}'s checks, then the {@link FrameBuffers}. */
public final class FrameIngestService implements IngestFrameUseCase {
    private final FrameBuffers buffers;
    private final FrameValidator validator;

    public FrameIngestService(FrameBuffers buffers, FrameValidator validator) {
        this.buffers = Objects.requireNonNull(buffers, "buffers");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    @Override
    public int maxFrameBytes() {
        return validator.maxFrameBytes();
    }

    @Override
    public void checkBatchSize(int count) {
        buffers.checkFrameCount(count);
    }

    @Override
    public Frame checkFrame(byte[] data, Instant timestamp) {
        return validator.frame(data, timestamp);
    }

    @Override
    public BufferedFrames ingest(ClientId clientId, String sourceId, byte[] data, Instant timestamp) {
        return buffers.add(clientId, sourceId, validator.frame(data, timestamp));
    }

    @Override
    public BufferedFrames ingestAll(ClientId clientId, String sourceId, List<Frame> frames) {
        return buffers.addAll(clientId, sourceId, frames);
    }
}
