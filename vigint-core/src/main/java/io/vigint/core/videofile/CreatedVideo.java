package io.vigint.core.videofile;

import io.vigint.core.util.Checks;
import io.vigint.core.video.EncodedVideo;

/**
 * A video made from a client's frames and stored for its owner to download until {@code file.expiresAt()}.
 *
 * @param file the stored file (its id is the download id)
 * @param video the video itself
 * @param framesGiven how many frames it was made of (given or buffered), including any that did not decode
 */
public record CreatedVideo(VideoFile file, EncodedVideo video, int framesGiven) {
    public CreatedVideo {
        Checks.nonNull("file video", file, video);
    }
}
