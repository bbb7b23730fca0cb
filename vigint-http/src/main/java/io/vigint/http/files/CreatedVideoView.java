package io.vigint.http.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.video.EncodedVideo;
import io.vigint.core.videofile.CreatedVideo;
import java.time.Instant;
import java.util.Base64;

/**
 * The answer to {@code POST /api/video/create}: the original's fields ({@code success}, {@code video_data}, {@code
 * download_url}, {@code frames_processed}, {@code duration}) and ours.
 *
 * @param success always true (a failure is the error envelope)
 * @param videoData the video, base64 (H.264 in MP4)
 * @param downloadUrl where its owner downloads it, relative to the server: {@code /api/video/download/<id>}
 * @param framesProcessed how many frames it holds
 * @param duration how long it plays, in seconds
 * @param downloadId the id in {@code download_url}
 * @param frameCount the same as {@code frames_processed}
 * @param framesGiven how many frames were given or buffered (frames that do not decode are left out)
 * @param fps its frame rate
 * @param width picture width
 * @param height picture height
 * @param size its bytes
 * @param format always {@code mp4}
 * @param codec always {@code h264}
 * @param sourceId the source whose buffer it was made of, when no frames were given
 * @param expiresAt when the download stops working
 */
@JsonPropertyOrder({
    "success",
    "video_data",
    "download_url",
    "frames_processed",
    "duration",
    "download_id",
    "frame_count",
    "frames_given",
    "fps",
    "width",
    "height",
    "size",
    "format",
    "codec",
    "source_id",
    "expires_at"
})
public record CreatedVideoView(
        boolean success,
        String videoData,
        String downloadUrl,
        int framesProcessed,
        double duration,
        String downloadId,
        int frameCount,
        int framesGiven,
        double fps,
        int width,
        int height,
        long size,
        String format,
        String codec,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sourceId,
        Instant expiresAt) {
    /** Where created videos are downloaded, before the id. */
    static final String DOWNLOAD_PATH = "/api/video/download/";

    static CreatedVideoView of(CreatedVideo created, String sourceId) {
        EncodedVideo video = created.video();
        String id = created.file().id().value();
        return new CreatedVideoView(
                true,
                Base64.getEncoder().encodeToString(video.mp4()),
                DOWNLOAD_PATH + id,
                video.frames(),
                video.duration().toNanos() / 1e9,
                id,
                video.frames(),
                created.framesGiven(),
                video.framesPerSecond(),
                video.width(),
                video.height(),
                video.size(),
                "mp4",
                "h264",
                sourceId,
                created.file().expiresAt());
    }
}
