package io.vigint.http.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.videofile.HostedVideo;
import java.time.Instant;

/**
 * The answer to {@code POST /api/v1/videos/upload}: the original's fields ({@code success}, {@code video_id},
 * {@code private_link}, {@code expiration_time}, {@code message}) and ours.
 *
 * @param success always true (a failure is the error envelope)
 * @param videoId the uploader's {@code video_id}, as given (trimmed)
 * @param privateLink the signed link that serves the clip ({@code /video/<id>?token=…}) until it expires
 * @param expirationTime when the link stops working and the clip is deleted (UTC, to the second)
 * @param message {@code Video uploaded successfully}
 * @param id the clip's own id, in the link
 * @param clientId the client the clip belongs to
 * @param size its bytes
 * @param duration how long it plays, in seconds
 * @param width picture width
 * @param height picture height
 * @param codec its codec ({@code h264}, {@code mpeg4})
 */
@JsonPropertyOrder({
    "success",
    "video_id",
    "private_link",
    "expiration_time",
    "message",
    "id",
    "client_id",
    "size",
    "duration",
    "width",
    "height",
    "codec"
})
public record HostedVideoView(
        boolean success,
        String videoId,
        String privateLink,
        Instant expirationTime,
        String message,
        String id,
        long clientId,
        long size,
        double duration,
        int width,
        int height,
        String codec) {
    static HostedVideoView of(HostedVideo hosted) {
        return new HostedVideoView(
                true,
                hosted.file().name(),
                hosted.link().url(),
                hosted.file().expiresAt(),
                "Video uploaded successfully",
                hosted.file().id().value(),
                hosted.file().owner().value(),
                hosted.file().size(),
                hosted.video().duration().toNanos() / 1e9,
                hosted.video().width(),
                hosted.video().height(),
                hosted.video().codec());
    }
}
