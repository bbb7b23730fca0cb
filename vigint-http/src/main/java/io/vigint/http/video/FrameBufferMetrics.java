package io.vigint.http.video;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vigint.core.video.FrameBufferStats;
import io.vigint.core.video.FrameBuffers;
import java.util.function.ToDoubleFunction;

/**
 * Exports the frame buffers' {@link FrameBuffers#stats() stats} as Micrometer meters; in the Prometheus
 * exposition {@code vigint_frame_buffer_frames}, {@code vigint_frame_buffer_bytes}, {@code
 * vigint_frame_buffer_sources}, {@code vigint_frame_buffer_clients}, {@code vigint_frame_buffer_budget_bytes}
 * (gauges) and {@code vigint_frame_buffer_frames_added_total}, {@code …_frames_expired_total}, {@code
 * …_frames_evicted_total}, {@code …_buffers_dropped_total} (counters).
 */
public final class FrameBufferMetrics {
    private FrameBufferMetrics() {}

    /** Registers the meters of {@code buffers} in {@code registry}. */
    public static void bind(FrameBuffers buffers, MeterRegistry registry) {
        gauge(registry, buffers, "vigint.frame.buffer.frames", "Frames held in frame buffers", s -> s.frames());
        gauge(registry, buffers, "vigint.frame.buffer.bytes", "Encoded bytes held in frame buffers", s -> s.bytes());
        gauge(registry, buffers, "vigint.frame.buffer.sources", "Frame buffers (client and source)", s -> s.sources());
        gauge(registry, buffers, "vigint.frame.buffer.clients", "Clients with frame buffers", s -> s.clients());
        gauge(
                registry,
                buffers,
                "vigint.frame.buffer.budget.bytes",
                "The global frame-buffer budget",
                s -> s.globalBudgetBytes());
        counter(registry, buffers, "vigint.frame.buffer.frames.added", "Frames buffered", s -> s.framesAdded());
        counter(
                registry,
                buffers,
                "vigint.frame.buffer.frames.expired",
                "Frames that left the long window",
                s -> s.framesExpired());
        counter(
                registry,
                buffers,
                "vigint.frame.buffer.frames.evicted",
                "Frames evicted to keep a client or the server within budget",
                s -> s.framesEvicted());
        counter(
                registry,
                buffers,
                "vigint.frame.buffer.buffers.dropped",
                "Frame buffers dropped because their source was idle or the client deleted",
                s -> s.buffersDropped());
    }

    private static void gauge(
            MeterRegistry registry,
            FrameBuffers buffers,
            String name,
            String description,
            ToDoubleFunction<FrameBufferStats> value) {
        Gauge.builder(name, buffers, b -> value.applyAsDouble(b.stats()))
                .description(description)
                .register(registry);
    }

    private static void counter(
            MeterRegistry registry,
            FrameBuffers buffers,
            String name,
            String description,
            ToDoubleFunction<FrameBufferStats> value) {
        FunctionCounter.builder(name, buffers, b -> value.applyAsDouble(b.stats()))
                .description(description)
                .register(registry);
    }
}
