package io.vigint.http.video;

import io.vigint.core.video.FrameBuffers;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops idle frame buffers on a schedule, so a server that stops receiving frames frees their memory too
 * (while frames arrive, {@link FrameBuffers} does it on its own). Closing it stops the schedule.
 */
public final class IdleBufferSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleBufferSweeper.class);

    private final ScheduledExecutorService scheduler;

    /** Starts sweeping {@code buffers} every {@code interval}. */
    public IdleBufferSweeper(FrameBuffers buffers, Duration interval) {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigint-frame-buffer-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        buffers.dropIdle();
                    } catch (RuntimeException e) {
                        LOG.warn("dropping idle frame buffers failed", e);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
