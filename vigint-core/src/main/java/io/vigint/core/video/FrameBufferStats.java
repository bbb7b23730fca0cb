package io.vigint.core.video;

/**
 * A snapshot of the frame buffers of one server, for metrics.
 *
 * @param clients clients with at least one buffer
 * @param sources buffers (one per client and source)
 * @param frames frames held
 * @param bytes encoded bytes held
 * @param globalBudgetBytes the configured global budget {@code bytes} stays within
 * @param framesAdded frames accepted since start
 * @param framesExpired frames that left the long window since start
 * @param framesEvicted frames evicted since start to keep a client or the server within budget
 * @param buffersDropped buffers dropped since start because their source was idle or its client was deleted
 */
public record FrameBufferStats(
        int clients,
        int sources,
        long frames,
        long bytes,
        long globalBudgetBytes,
        long framesAdded,
        long framesExpired,
        long framesEvicted,
        long buffersDropped) {}
