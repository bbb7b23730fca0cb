package io.vigint.http.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.videofile.CompressedVideo;
import java.util.Base64;

/**
 * The answer to {@code POST /api/video/compress}: the original's fields ({@code success}, {@code video_data},
 * {@code original_size}, {@code compressed_size}, {@code compression_ratio}) and ours. Sizes are bytes (the
 * original server answered {@code null} for both, from a key its compressor did not set).
 *
 * @param success always true (a failure is the error envelope)
 * @param videoData the video to send, base64: re-encoded when {@code compressed}, else the recording itself
 * @param originalSize the recording's bytes
 * @param compressedSize the bytes of {@code video_data}
 * @param compressionRatio compressed size over original size (1.0 when unchanged)
 * @param compressed whether the video was re-encoded
 * @param withinLimit whether {@code video_data} is at most {@code max_size_mb}
 * @param maxSize the limit asked for, in bytes
 * @param width picture width
 * @param height picture height
 * @param frameCount its frames
 * @param duration how long it plays, in seconds
 * @param codec {@code h264} when compressed, else the recording's
 * @param filename the name the client gave the file
 */
@JsonPropertyOrder({
    "success",
    "video_data",
    "original_size",
    "compressed_size",
    "compression_ratio",
    "compressed",
    "within_limit",
    "max_size",
    "width",
    "height",
    "frame_count",
    "duration",
    "codec",
    "filename"
})
public record CompressedVideoView(
        boolean success,
        String videoData,
        long originalSize,
        long compressedSize,
        double compressionRatio,
        boolean compressed,
        boolean withinLimit,
        long maxSize,
        int width,
        int height,
        int frameCount,
        double duration,
        String codec,
        String filename) {
    static CompressedVideoView of(CompressedVideo video, long maxSize, String filename) {
        return new CompressedVideoView(
                true,
                Base64.getEncoder().encodeToString(video.video()),
                video.originalSize(),
                video.compressedSize(),
                video.ratio(),
                video.compressed(),
                video.withinLimit(),
                maxSize,
                video.width(),
                video.height(),
                video.frames(),
                video.duration().toNanos() / 1e9,
                video.codec(),
                filename);
    }
}
