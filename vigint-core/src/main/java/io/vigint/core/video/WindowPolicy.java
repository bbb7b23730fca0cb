package io.vigint.core.video;

import io.vigint.core.client.ClientId;

/**
 * Which windows a client's buffers keep: the seam for per-client durations. The server's default policy
 * gives every client the {@link FrameBufferSettings#windows() server's windows}. A policy is asked when a
 * source's buffer is created, so a change applies to buffers created after it.
 */
@FunctionalInterface
public interface WindowPolicy {
    /** The windows of {@code clientId}'s buffers (never null). */
    WindowDurations windowsOf(ClientId clientId);

    /** Every client gets {@code windows}. */
    static WindowPolicy fixed(WindowDurations windows) {
        return clientId -> windows;
    }
}
