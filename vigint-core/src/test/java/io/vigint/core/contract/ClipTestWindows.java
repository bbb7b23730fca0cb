package io.vigint.core.contract;

import io.vigint.core.client.ClientId;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameWindows;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link FrameWindows} over frames put in by hand, per (client, source), for clip and alert tests: the
 * long window is every frame put, the short window the last three.
 */
public final class ClipTestWindows implements FrameWindows {
    private record Key(ClientId client, String source) {}

    private final Map<Key, List<Frame>> frames = new ConcurrentHashMap<>();

    /** Sets the frames of {@code client}'s {@code source}. */
    public void put(ClientId client, String source, List<Frame> sourceFrames) {
        frames.put(new Key(client, source), List.copyOf(sourceFrames));
    }

    @Override
    public List<Frame> shortWindow(ClientId clientId, String sourceId) {
        List<Frame> all = longWindow(clientId, sourceId);
        return all.subList(Math.max(0, all.size() - 3), all.size());
    }

    @Override
    public List<Frame> longWindow(ClientId clientId, String sourceId) {
        return frames.getOrDefault(new Key(clientId, sourceId), List.of());
    }

    @Override
    public Set<String> sourcesOf(ClientId clientId) {
        Set<String> sources = new TreeSet<>();
        frames.forEach((key, list) -> {
            if (key.client().equals(clientId) && !list.isEmpty()) {
                sources.add(key.source());
            }
        });
        return sources;
    }
}
