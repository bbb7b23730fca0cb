package io.vigint.core.testing;

import io.vigint.core.client.ClientId;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameWindows;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FrameWindows} for tests of analysis: each (client, source) holds a long window set by the
 * test; the short window is its last {@code shortCount} frames. Records which windows were read.
 */
public final class StaticFrameWindows implements FrameWindows {
    private final Map<String, List<Frame>> windows = new ConcurrentHashMap<>();
    private final List<String> reads = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final int shortCount;

    public StaticFrameWindows(int shortCount) {
        this.shortCount = shortCount;
    }

    /** Sets the long window of {@code client}'s {@code source}. */
    public StaticFrameWindows put(ClientId client, String source, List<Frame> frames) {
        windows.put(key(client, source), List.copyOf(frames));
        return this;
    }

    /** Sets the short and long windows separately (the short one need not be part of the long one). */
    public StaticFrameWindows put(ClientId client, String source, List<Frame> shortWindow, List<Frame> longWindow) {
        windows.put(key(client, source) + "#short", List.copyOf(shortWindow));
        windows.put(key(client, source), List.copyOf(longWindow));
        return this;
    }

    /** "short client/source" or "long client/source" for each read, in order. */
    public List<String> reads() {
        return List.copyOf(reads);
    }

    @Override
    public List<Frame> shortWindow(ClientId clientId, String sourceId) {
        reads.add("short " + key(clientId, sourceId));
        List<Frame> separate = windows.get(key(clientId, sourceId) + "#short");
        if (separate != null) {
            return separate;
        }
        List<Frame> all = windows.getOrDefault(key(clientId, sourceId), List.of());
        return all.subList(Math.max(0, all.size() - shortCount), all.size());
    }

    @Override
    public List<Frame> longWindow(ClientId clientId, String sourceId) {
        reads.add("long " + key(clientId, sourceId));
        return windows.getOrDefault(key(clientId, sourceId), List.of());
    }

    @Override
    public Set<String> sourcesOf(ClientId clientId) {
        reads.add("sources " + clientId.value());
        String prefix = clientId.value() + "/";
        Set<String> sources = new TreeSet<>();
        windows.forEach((key, frames) -> {
            if (key.startsWith(prefix) && !key.endsWith("#short") && !frames.isEmpty()) {
                sources.add(key.substring(prefix.length()));
            }
        });
        return sources;
    }

    private static String key(ClientId client, String source) {
        return client.value() + "/" + source;
    }
}
