package io.vigint.app;

import io.vigint.core.client.ClientId;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameWindows;
import java.util.List;
import java.util.Set;

/**
 * The frame windows while no frame-buffer adapter is bound: empty for every source, so analysis answers
 * {@code NO_FRAMES} and alerts go out without video.
 */
enum NoFrames implements FrameWindows {
    INSTANCE;

    @Override
    public List<Frame> shortWindow(ClientId clientId, String sourceId) {
        return List.of();
    }

    @Override
    public List<Frame> longWindow(ClientId clientId, String sourceId) {
        return List.of();
    }

    @Override
    public Set<String> sourcesOf(ClientId clientId) {
        return Set.of();
    }
}
