package io.vigint.core.video;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A client's sources by id and the bytes they hold together. */
final class ClientBuffers {
    final ConcurrentHashMap<String, SourceBuffer> sources = new ConcurrentHashMap<>();
    final AtomicLong bytes = new AtomicLong();
}
