package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.SourceIds;
import java.util.List;
import java.util.Objects;

/**
 * Make a video of the calling client's frames: the images given (JPEG or PNG, in order, {@code framesPerSecond}
 * apart), or, when none are given, the frames buffered for one of its sources (their own times).
 *
 * @param client the calling client (the only one whose buffer is read and who may download the video)
 * @param frames the images, possibly none
 * @param sourceId the source whose buffer is used when {@code frames} is empty ({@code "default"} if null)
 * @param framesPerSecond the given images' frame rate: more than 0, at most {@value #MAX_FPS}; null for
 *     {@value #DEFAULT_FPS} (the original server's default)
 */
public record CreateVideoCommand(ClientId client, List<byte[]> frames, String sourceId, Double framesPerSecond) {
    /** The frame rate when none is given, as the original server's {@code analysis_fps}. */
    public static final double DEFAULT_FPS = 25;
    /** The highest frame rate accepted. */
    public static final double MAX_FPS = 60;

    public CreateVideoCommand {
        Objects.requireNonNull(client, "client");
        frames = frames == null ? List.of() : List.copyOf(frames);
        sourceId = SourceIds.check(sourceId);
        if (framesPerSecond == null) {
            framesPerSecond = DEFAULT_FPS;
        }
        if (!(framesPerSecond > 0 && framesPerSecond <= MAX_FPS)) {
            throw VigintException.invalid(
                    "fps", "fps must be a number of frames per second above 0 and at most " + (int) MAX_FPS);
        }
    }

    /** Whether the video is made from the source's buffer rather than from given images. */
    public boolean fromBuffer() {
        return frames.isEmpty();
    }
}
