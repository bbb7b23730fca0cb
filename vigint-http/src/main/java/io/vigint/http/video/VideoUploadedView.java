package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.video.UploadedVideo;
import java.time.Instant;

/**
 * The answer to {@code POST /api/video/upload}: the original's fields ({@code status}, {@code video_size_mb},
 * {@code frame_count}, {@code duration}, {@code ready_for_analysis}) and ours.
 *
 * @param status always {@code "uploaded"}
 * @param videoSizeMb the file's size in MiB (bytes / 1,048,576)
 * @param frameCount how many frames the video decoded to
 * @param duration how long the video plays, in seconds
 * @param readyForAnalysis always true: the next {@code POST /api/video/analyze} of the source sees the frames
 * @param sourceId the source the frames went to
 * @param videoFilename the name the client gave the file
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param codec the codec it was in ({@code h264}, {@code mpeg4})
 * @param framesBuffered how many of its frames (the newest) the source kept
 * @param bufferSize how many frames the source's long window holds now
 * @param timestamp the time given to the video's last frame (the server's clock at upload)
 */
@JsonPropertyOrder({
    "status",
    "video_size_mb",
    "frame_count",
    "duration",
    "ready_for_analysis",
    "source_id",
    "video_filename",
    "width",
    "height",
    "codec",
    "frames_buffered",
    "buffer_size",
    "timestamp"
})
public record VideoUploadedView(
        String status,
        double videoSizeMb,
        int frameCount,
        double duration,
        boolean readyForAnalysis,
        String sourceId,
        String videoFilename,
        int width,
        int height,
        String codec,
        int framesBuffered,
        int bufferSize,
        Instant timestamp) {
    static final String UPLOADED = "uploaded";
    private static final double MIB = 1024.0 * 1024.0;

    static VideoUploadedView of(UploadedVideo video, String filename) {
        return new VideoUploadedView(
                UPLOADED,
                video.bytes() / MIB,
                video.frameCount(),
                video.duration().toNanos() / 1e9,
                true,
                video.sourceId(),
                filename,
                video.width(),
                video.height(),
                video.codec(),
                video.framesBuffered(),
                video.bufferSize(),
                video.lastFrameAt());
    }
}
