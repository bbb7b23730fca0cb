package io.vigint.core.video;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;

/**
 * A video to put into a client's buffer.
 *
 * @param clientId the calling client, whose buffer receives the frames
 * @param sourceId the source (camera) the frames belong to; {@code null} is {@link FrameWindows#DEFAULT_SOURCE}
 * @param video the file's bytes (MP4); not copied
 */
public record UploadVideoCommand(ClientId clientId, String sourceId, byte[] video) {
    /** @throws io.vigint.core.error.VigintException {@code VALIDATION_FAILED} for an unsafe source id */
    public UploadVideoCommand {
        Checks.nonNull("clientId video", clientId, video);
        sourceId = SourceIds.check(sourceId);
    }
}
