package io.vigint.core.video;

/**
 * Puts a recorded video (an MP4 the client recorded) into the calling client's own buffer of one source,
 * so that the next analysis and alert clip see its frames: decoded within the {@link VideoLimits}, each frame
 * timed back from now (the last frame now), all of what the source keeps or nothing.
 */
public interface UploadVideoUseCase {
    /** The largest video accepted, in bytes: a larger body is refused before it is decoded. */
    long maxBytes();

    /**
     * Decodes {@code command}'s video and buffers the frames its source keeps (its long window, its frame cap
     * and its client's byte budget, newest first).
     *
     * @throws io.vigint.core.error.VigintException 413 {@code PAYLOAD_TOO_LARGE} for a video over {@link
     *     #maxBytes()}; 400 {@code INVALID_VIDEO} (with a {@code reason}) for one that is empty, truncated, in a
     *     codec the decoder does not read, or over a duration, resolution or frame limit; 503 {@code
     *     BUFFER_FULL} as frame ingest; nothing is buffered when it throws
     */
    UploadedVideo upload(UploadVideoCommand command);
}
