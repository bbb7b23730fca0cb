package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.List;

/** Frame ingest: the {@link FrameValidator}'s checks, then the {@link FrameBuffers}. */
public record FrameIngestService(FrameBuffers buffers, FrameValidator validator) implements IngestFrameUseCase {
    public FrameIngestService {
        Checks.nonNull("buffers validator", buffers, validator);
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
