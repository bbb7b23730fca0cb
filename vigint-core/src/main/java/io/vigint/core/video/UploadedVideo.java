package io.vigint.core.video;

import java.time.Duration;
import java.time.Instant;

/**
 * What an upload decoded and buffered.
 *
 * @param sourceId the source the frames went to
 * @param bytes the size of the video file
 * @param frameCount how many frames the video decoded to
 * @param duration how long the video plays
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param codec the codec it was in, as FFmpeg names it ({@code h264}, {@code mpeg4})
 * @param framesBuffered how many of its frames the source kept (its newest; the window and caps drop the rest)
 * @param bufferSize how many frames the source's long window holds now
 * @param lastFrameAt the time given to the video's last frame (the server's clock when it was buffered)
 */
public record UploadedVideo(
        String sourceId,
        long bytes,
        int frameCount,
        Duration duration,
        int width,
        int height,
        String codec,
        int framesBuffered,
        int bufferSize,
        Instant lastFrameAt) {}
