package io.vigint.core.videofile;

import io.vigint.core.clip.VideoLink;
import io.vigint.core.util.Checks;
import io.vigint.core.video.DecodedVideo;

/**
 * A hosted clip and its link.
 *
 * @param file the stored file ({@code name} is the uploader's {@code video_id})
 * @param link the signed link, working until {@code file.expiresAt()}
 * @param video what the clip decoded to (its size, duration and codec; its frames are not kept)
 */
public record HostedVideo(VideoFile file, VideoLink link, DecodedVideo video) {
    public HostedVideo {
        Checks.nonNull("file link video", file, link, video);
    }
}
