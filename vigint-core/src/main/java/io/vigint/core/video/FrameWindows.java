package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import java.util.List;
import java.util.Set;

/**
 * Read access to the buffered frames of one client's source: the short window (screening) and the
 * long window (confirmation and incident clips). A client only ever reads its own sources.
 * Implementations must be thread-safe; the lists returned are snapshots, oldest frame first.
 */
public interface FrameWindows {
    /** The source a frame belongs to when the sender names none. */
    String DEFAULT_SOURCE = "default";

    /** The frames of the short window (default the last 3 s), possibly none. */
    List<Frame> shortWindow(ClientId clientId, String sourceId);

    /** The frames of the long window (default the last 10 s), possibly none. */
    List<Frame> longWindow(ClientId clientId, String sourceId);

    /** The sources of {@code clientId} (never another client's) that hold frames now, in name order. */
    Set<String> sourcesOf(ClientId clientId);
}
