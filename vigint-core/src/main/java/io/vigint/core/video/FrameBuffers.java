package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.ClientDataOwner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The frame buffers of one server: one per (client, source), in memory, each holding the frames of the
 * last long window (by the frames' own timestamps, measured back from the newest frame) with the short
 * window as a view of its newest part.
 *
 * <p>Bounded everywhere ({@link FrameBufferSettings}): a frame over the size limit is refused; a request
 * with more frames than a source may hold is refused; a source over its frame cap loses its own oldest
 * frames; a client over its byte budget loses its oldest frames, least recently written sources first; a
 * source that received nothing for the idle TTL is dropped.
 *
 * <p>Fair: one client's uploads never evict another client's fresh frames. When a write would take the
 * server over its global budget, room is made from stale sources (nothing written for longer than their
 * long window), then from the writer's own frames (and a writer holding more than its fair share, the
 * global budget divided by the clients holding frames, shrinks to it); if the other clients' fresh frames
 * alone fill the budget, the write is refused with 503 {@code BUFFER_FULL} and nothing is evicted. Eviction
 * of a client's own frames for its client budget runs down to 15/16 of the budget, so the sorting it needs
 * is amortised over many frames. Writes that fit in the budget do not lock; frames being added at the same
 * moment may exceed a budget by at most one request per concurrent writer.
 *
 * <p>Thread-safe: any number of writers and readers; readers get snapshots. Idle sources are dropped
 * when a frame arrives (at most once a second) or by {@link #dropIdle()}; reads of an idle source see
 * nothing even before it is dropped. Deleting a client ({@link #deleteClientData}) drops its buffers.
 */
public final class FrameBuffers implements FrameWindows, ClientDataOwner {
    /** How far in the future (by this server's clock) a frame's timestamp may be. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final long SWEEP_INTERVAL_MILLIS = 1_000;

    private final FrameBufferSettings settings;
    private final Clock clock;
    private final WindowPolicy windows;
    private final ConcurrentHashMap<ClientId, ClientBuffers> clients = new ConcurrentHashMap<>();
    private final BufferCounters counters = new BufferCounters();
    private final AtomicLong nextSweepMillis = new AtomicLong(Long.MIN_VALUE);
    private final FrameLimits limits;
    private final FrameEviction eviction;

    /** Buffers with the {@link FrameBufferSettings#defaults() default settings}. */
    public FrameBuffers(Clock clock) {
        this(FrameBufferSettings.defaults(), clock);
    }

    /** Buffers where every client gets the windows of {@code settings}. */
    public FrameBuffers(FrameBufferSettings settings, Clock clock) {
        this(settings, clock, WindowPolicy.fixed(settings.windows()));
    }

    /** Buffers whose windows per client come from {@code windows}; the limits from {@code settings}. */
    public FrameBuffers(FrameBufferSettings settings, Clock clock, WindowPolicy windows) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.windows = Objects.requireNonNull(windows, "windows");
        this.limits = new FrameLimits(settings, MAX_CLOCK_SKEW);
        this.eviction = new FrameEviction(settings, counters, clients);
    }

    public FrameBufferSettings settings() {
        return settings;
    }

    /**
     * Adds one frame to {@code clientId}'s buffer of {@code sourceId}.
     *
     * @see #addAll
     */
    public BufferedFrames add(ClientId clientId, String sourceId, Frame frame) {
        return addAll(clientId, sourceId, List.of(frame));
    }

    /**
     * Adds frames to {@code clientId}'s buffer of {@code sourceId}, all or none: every frame is checked
     * before any is added. Frames are kept in timestamp order.
     *
     * @throws VigintException {@code PAYLOAD_TOO_LARGE} for a frame over the size limit or frames over the
     *     client's budget together; {@code TOO_MANY_FRAMES} for more frames than a source may hold; {@code
     *     BUFFER_FULL} when other clients' fresh frames fill the global budget; {@code VALIDATION_FAILED} for no frames, a bad source id, a timestamp
     *     more than {@link #MAX_CLOCK_SKEW} ahead, or a new source beyond the client's source limit
     */
    public BufferedFrames addAll(ClientId clientId, String sourceId, List<Frame> newFrames) {
        Objects.requireNonNull(clientId, "clientId");
        String source = SourceIds.check(sourceId);
        Objects.requireNonNull(newFrames, "newFrames");
        Instant now = clock.instant();
        limits.check(newFrames, now);
        List<Frame> ordered = new ArrayList<>(newFrames);
        ordered.sort(Comparator.comparing(Frame::timestamp));
        sweepIfDue(now);
        long nowMillis = now.toEpochMilli();
        long incoming = 0;
        for (Frame frame : ordered) {
            incoming += frame.size();
        }
        while (true) {
            SourceBuffer buffer = bufferFor(clientId, source, nowMillis);
            if (eviction.overGlobalBudget(incoming)) {
                eviction.lock.lock();
                try {
                    eviction.makeRoom(buffer.client, incoming, nowMillis);
                    if (!buffer.add(ordered, nowMillis, settings.maxFramesPerSource())) {
                        continue;
                    }
                } finally {
                    eviction.lock.unlock();
                }
            } else if (!buffer.add(ordered, nowMillis, settings.maxFramesPerSource())) {
                continue;
            }
            counters.framesAdded.addAndGet(ordered.size());
            eviction.enforceClientBudget(buffer.client);
            synchronized (buffer) {
                return new BufferedFrames(ordered.size(), buffer.frames.size(), buffer.bytes, now);
            }
        }
    }

    /**
     * The windows {@code clientId}'s buffer of {@code sourceId} keeps: those of its buffer if it has one, else
     * those a new buffer would get.
     */
    public WindowDurations windowsOf(ClientId clientId, String sourceId) {
        ClientBuffers client = clients.get(Objects.requireNonNull(clientId, "clientId"));
        SourceBuffer buffer = client == null ? null : client.sources.get(sourceId);
        return buffer != null ? buffer.windows : Objects.requireNonNull(windows.windowsOf(clientId), "windows");
    }

    /**
     * Refuses a request of {@code count} frames for one source before any of them is looked at.
     *
     * @throws VigintException 413 {@code TOO_MANY_FRAMES} above {@link FrameBufferSettings#maxFramesPerSource()}
     */
    public void checkFrameCount(int count) {
        limits.checkFrameCount(count);
    }

    @Override
    public List<Frame> shortWindow(ClientId clientId, String sourceId) {
        return window(clientId, sourceId, false);
    }

    @Override
    public List<Frame> longWindow(ClientId clientId, String sourceId) {
        return window(clientId, sourceId, true);
    }

    /** The sources of {@code clientId} that hold frames, in name order. */
    @Override
    public Set<String> sourcesOf(ClientId clientId) {
        ClientBuffers client = clients.get(clientId);
        Set<String> sources = new TreeSet<>();
        if (client != null) {
            long nowMillis = clock.millis();
            client.sources.forEach((id, buffer) -> {
                synchronized (buffer) {
                    if (!buffer.closed && !buffer.frames.isEmpty() && !idle(buffer, nowMillis)) {
                        sources.add(id);
                    }
                }
            });
        }
        return sources;
    }

    /** Drops the buffers of sources idle for longer than the idle TTL; returns how many. */
    public int dropIdle() {
        return dropIdle(clock.millis());
    }

    /** Drops every buffer of {@code clientId}. */
    @Override
    public void deleteClientData(ClientId clientId) {
        clients.computeIfPresent(clientId, (id, client) -> {
            client.sources.values().forEach(FrameBuffers::close);
            return null;
        });
    }

    /** Counts and bytes held now, and totals since start. */
    public FrameBufferStats stats() {
        int sources = 0;
        int clientCount = 0;
        for (ClientBuffers client : clients.values()) {
            int size = client.sources.size();
            sources += size;
            if (size > 0) {
                clientCount++;
            }
        }
        return new FrameBufferStats(
                clientCount,
                sources,
                counters.frames.get(),
                counters.bytes.get(),
                settings.globalBudgetBytes(),
                counters.framesAdded.get(),
                counters.framesExpired.get(),
                counters.framesEvicted.get(),
                counters.buffersDropped.get());
    }

    private SourceBuffer bufferFor(ClientId clientId, String sourceId, long nowMillis) {
        ClientBuffers existing = clients.get(clientId);
        if (existing != null) {
            SourceBuffer buffer = existing.sources.get(sourceId);
            if (buffer != null) {
                return buffer;
            }
        }
        WindowDurations durations = Objects.requireNonNull(windows.windowsOf(clientId), "windows");
        SourceBuffer[] found = new SourceBuffer[1];
        clients.compute(clientId, (id, current) -> {
            ClientBuffers client = current != null ? current : new ClientBuffers();
            SourceBuffer buffer = client.sources.get(sourceId);
            if (buffer == null) {
                if (client.sources.size() >= settings.maxSourcesPerClient()) {
                    throw new VigintException(
                            CoreErrorCode.VALIDATION_FAILED,
                            "This client already buffers " + settings.maxSourcesPerClient()
                                    + " sources; an idle source is dropped after "
                                    + settings.idleTtl().toSeconds() + " s",
                            Map.of("field", "source_id", "max_sources", settings.maxSourcesPerClient()));
                }
                buffer = new SourceBuffer(client, durations, counters, nowMillis);
                client.sources.put(sourceId, buffer);
            }
            found[0] = buffer;
            return client;
        });
        return found[0];
    }

    private List<Frame> window(ClientId clientId, String sourceId, boolean whole) {
        ClientBuffers client = clients.get(clientId);
        SourceBuffer buffer = client == null ? null : client.sources.get(sourceId);
        if (buffer == null) {
            return List.of();
        }
        long nowMillis = clock.millis();
        synchronized (buffer) {
            if (buffer.closed || buffer.frames.isEmpty() || idle(buffer, nowMillis)) {
                return List.of();
            }
            return buffer.window(whole);
        }
    }

    private boolean idle(SourceBuffer buffer, long nowMillis) {
        return nowMillis - buffer.lastWriteMillis > settings.idleTtl().toMillis();
    }

    private void sweepIfDue(Instant now) {
        long nowMillis = now.toEpochMilli();
        long due = nextSweepMillis.get();
        if (nowMillis >= due && nextSweepMillis.compareAndSet(due, nowMillis + SWEEP_INTERVAL_MILLIS)) {
            dropIdle(nowMillis);
        }
    }

    private int dropIdle(long nowMillis) {
        int[] droppedNow = {0};
        for (ClientId clientId : clients.keySet()) {
            clients.computeIfPresent(clientId, (id, client) -> {
                client.sources.values().removeIf(buffer -> {
                    synchronized (buffer) {
                        if (idle(buffer, nowMillis)) {
                            close(buffer);
                            droppedNow[0]++;
                            return true;
                        }
                        return false;
                    }
                });
                return client.sources.isEmpty() ? null : client;
            });
        }
        return droppedNow[0];
    }

    private static void close(SourceBuffer buffer) {
        synchronized (buffer) {
            buffer.close();
        }
    }
}
