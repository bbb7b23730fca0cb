package io.vigint.benchmarks;

import io.vigint.core.client.ClientId;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameBufferSettings;
import io.vigint.core.video.FrameBufferStats;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;

/**
 * The frame-buffer memory benchmark (docs/benchmarks.md, "Frame-buffer memory"): {@code SOURCES} sources
 * (10 per client) each send a 50 KB JPEG at 5 fps for {@code SECONDS} seconds of simulated time into buffers
 * with 10 s windows and a global budget of {@code BUDGET_MIB}. Unbounded, that is SOURCES x 50 frames x 50 KB
 * (2.5 GB for 1,000 sources); the buffers must stay inside the budget, and the JVM (run it with a heap a
 * little above the budget, e.g. {@code -Xmx512m} for 256 MiB) must not run out of memory. Every frame is its
 * own byte array, as frames from the network are. Prints the bytes held, the heap used after a full GC and
 * the evictions.
 *
 * <p>Usage: {@code java -Xmx512m -cp benchmarks.jar io.vigint.benchmarks.FrameBufferMemory [SOURCES] [SECONDS]
 * [BUDGET_MIB]} (defaults 1000, 30, 256).
 */
public final class FrameBufferMemory {
    private static final int SOURCES_PER_CLIENT = 10;
    private static final int FPS = 5;

    private FrameBufferMemory() {}

    public static void main(String[] args) {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long budget = (args.length > 2 ? Long.parseLong(args[2]) : 256) * 1024 * 1024;
        byte[] template = BenchFrames.jpegOfAbout(50_000, 7);
        SteppedClock clock = new SteppedClock(Instant.parse("2026-01-01T00:00:00Z"));
        FrameBufferSettings settings = FrameBufferSettings.defaults()
                .withBudgets(Math.min(FrameBufferSettings.DEFAULT_CLIENT_BUDGET_BYTES, budget), budget)
                .withMaxSourcesPerClient(SOURCES_PER_CLIENT);
        FrameBuffers buffers = new FrameBuffers(settings, clock);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = heapAfterGc(memory);

        long maxHeld = 0;
        long maxHeapSampled = 0;
        long started = System.nanoTime();
        long frames = 0;
        for (int tick = 0; tick < seconds * FPS; tick++) {
            Instant now = clock.instant();
            for (int s = 0; s < sources; s++) {
                ClientId client = new ClientId(1 + s / SOURCES_PER_CLIENT);
                byte[] data = template.clone();
                data[20] = (byte) s; // inside the JFIF header: every frame its own array and contents
                buffers.add(client, "cam-" + (s % SOURCES_PER_CLIENT), new Frame(data, FrameFormat.JPEG, now));
                frames++;
                maxHeld = Math.max(maxHeld, buffers.stats().bytes());
            }
            if (tick % FPS == 0) {
                maxHeapSampled =
                        Math.max(maxHeapSampled, memory.getHeapMemoryUsage().getUsed());
            }
            clock.advance(Duration.ofMillis(1000 / FPS));
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        FrameBufferStats stats = buffers.stats();
        long heap = heapAfterGc(memory);
        long demand = (long) sources * settings.longWindow().toSeconds() * FPS * template.length;

        System.out.printf(
                "sources %d (%d clients), %d fps, %d s simulated, frame %d bytes, long window %s%n",
                sources,
                (sources + SOURCES_PER_CLIENT - 1) / SOURCES_PER_CLIENT,
                FPS,
                seconds,
                template.length,
                settings.longWindow());
        System.out.printf("unbounded demand      %,d bytes (%.0f MiB)%n", demand, mib(demand));
        System.out.printf("global budget         %,d bytes (%.0f MiB)%n", budget, mib(budget));
        System.out.printf(
                "held at the end       %,d bytes (%.1f MiB) in %,d frames over %d sources%n",
                stats.bytes(), mib(stats.bytes()), stats.frames(), stats.sources());
        System.out.printf(
                "most ever held        %,d bytes (%.1f MiB) = %.3f x budget%n",
                maxHeld, mib(maxHeld), (double) maxHeld / budget);
        System.out.printf(
                "heap after full GC    %.1f MiB (baseline before %.1f MiB; buffers %.1f MiB = %.3f x bytes held)%n",
                mib(heap),
                mib(baseline),
                mib(heap - baseline),
                (double) (heap - baseline) / Math.max(1, stats.bytes()));
        System.out.printf(
                "heap used, max sample %.1f MiB (garbage included); max heap %.0f MiB%n",
                mib(maxHeapSampled), mib(memory.getHeapMemoryUsage().getMax()));
        System.out.printf(
                "frames added %,d, expired %,d, evicted %,d; %.0f frames/s on one thread%n",
                stats.framesAdded(), stats.framesExpired(), stats.framesEvicted(), frames / elapsed);
        if (maxHeld > budget + (long) template.length) {
            System.out.println("FAILED: the buffers exceeded the budget");
            System.exit(1);
        }
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** A clock moved by hand: the simulation runs faster than real time. */
}
