package io.vigint.core.video;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * One source's frames in timestamp order; guarded by its own monitor (callers synchronize on it). Every
 * frame added or removed is counted in its client's bytes and in the server's {@link BufferCounters}.
 */
final class SourceBuffer {
    final ClientBuffers client;
    final WindowDurations windows;
    final ArrayDeque<Frame> frames = new ArrayDeque<>();
    private final BufferCounters counters;
    long bytes;
    volatile long lastWriteMillis;
    boolean closed;

    SourceBuffer(ClientBuffers client, WindowDurations windows, BufferCounters counters, long nowMillis) {
        this.client = client;
        this.windows = windows;
        this.counters = counters;
        this.lastWriteMillis = nowMillis;
    }

    /**
     * Inserts {@code ordered} unless the buffer was closed meanwhile (then returns false); then expires
     * frames and evicts the oldest above {@code maxFrames}.
     */
    synchronized boolean add(List<Frame> ordered, long nowMillis, int maxFrames) {
        if (closed) {
            return false;
        }
        for (Frame frame : ordered) {
            insert(frame);
        }
        lastWriteMillis = nowMillis;
        expire();
        while (frames.size() > maxFrames) {
            evictOldest();
        }
        return true;
    }

    /** Inserts {@code frame} in timestamp order (after frames of the same time). */
    void insert(Frame frame) {
        Frame last = frames.peekLast();
        if (last == null || !frame.timestamp().isBefore(last.timestamp())) {
            frames.addLast(frame);
        } else {
            List<Frame> list = new ArrayList<>(frames);
            int at = list.size();
            while (at > 0 && list.get(at - 1).timestamp().isAfter(frame.timestamp())) {
                at--;
            }
            list.add(at, frame);
            frames.clear();
            frames.addAll(list);
        }
        account(frame.size(), 1);
    }

    /** Removes the frames older than the long window, measured back from the newest frame. */
    void expire() {
        Instant cutoff = frames.peekLast().timestamp().minus(windows.longWindow());
        while (!frames.isEmpty() && !frames.peekFirst().timestamp().isAfter(cutoff)) {
            removeOldest();
            counters.framesExpired.incrementAndGet();
        }
    }

    /** Removes the oldest frame and counts it as evicted. */
    void evictOldest() {
        removeOldest();
        counters.framesEvicted.incrementAndGet();
    }

    void removeOldest() {
        Frame oldest = frames.removeFirst();
        account(-oldest.size(), -1);
    }

    /** Removes every frame and closes the buffer; counts it as dropped unless it was closed already. */
    void close() {
        if (!closed) {
            while (!frames.isEmpty()) {
                removeOldest();
            }
            closed = true;
            counters.buffersDropped.incrementAndGet();
        }
    }

    /** Every frame held, or ({@code whole} false) those of the short window; the buffer holds frames. */
    List<Frame> window(boolean whole) {
        if (whole) {
            return List.copyOf(frames);
        }
        Instant cutoff = frames.peekLast().timestamp().minus(windows.shortWindow());
        List<Frame> newest = new ArrayList<>();
        for (Iterator<Frame> it = frames.descendingIterator(); it.hasNext(); ) {
            Frame frame = it.next();
            if (!frame.timestamp().isAfter(cutoff)) {
                break;
            }
            newest.add(frame);
        }
        Collections.reverse(newest);
        return List.copyOf(newest);
    }

    private void account(long size, int count) {
        bytes += size;
        client.bytes.addAndGet(size);
        counters.bytes.addAndGet(size);
        counters.frames.addAndGet(count);
    }
}
