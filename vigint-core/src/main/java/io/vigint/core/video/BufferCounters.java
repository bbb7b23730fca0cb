package io.vigint.core.video;

import java.util.concurrent.atomic.AtomicLong;

/** What all buffers of one server hold now (frames, bytes) and totals since start; updated lock-free. */
final class BufferCounters {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong frames = new AtomicLong();
    final AtomicLong framesAdded = new AtomicLong();
    final AtomicLong framesExpired = new AtomicLong();
    final AtomicLong framesEvicted = new AtomicLong();
    final AtomicLong buffersDropped = new AtomicLong();
}
