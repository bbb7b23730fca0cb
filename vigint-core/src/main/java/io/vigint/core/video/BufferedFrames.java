package io.vigint.core.video;

import java.time.Instant;

/**
 * What a source's buffer holds right after frames were added to it.
 *
 * @param framesAdded how many frames this call added
 * @param bufferSize how many frames the source's long window holds now
 * @param bufferBytes their encoded size in bytes
 * @param timestamp when the frames were received (the server's clock)
 */
public record BufferedFrames(int framesAdded, int bufferSize, long bufferBytes, Instant timestamp) {}
