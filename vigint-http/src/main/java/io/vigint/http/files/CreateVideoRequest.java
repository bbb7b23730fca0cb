package io.vigint.http.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/video/create}, as the original client ({@code APIClient.create_video_from_frames})
 * sends it: {@code {"frames": [base64 JPEG, …], "output_filename", "fps", "video_format"}}, with {@code null} for
 * what it was not given; and ours, {@code source_id}, to make the video of a buffered source instead.
 *
 * @param frames the images, base64 (JPEG or PNG); none or absent: the buffered frames of {@code source_id}
 * @param outputFilename the original's output file name; accepted, not used (the download is {@code
 *     video_<id>.mp4})
 * @param fps the frame rate of the given images (default 25, as the original); a number or {@code null}
 * @param videoFormat the original's container ({@code mp4}, {@code avi}, …); accepted, the video is always MP4
 * @param sourceId the source whose buffer is used when no frames are given (default {@code "default"})
 */
public record CreateVideoRequest(
        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "The images in order, base64 (JPEG or PNG); absent or empty:"
                                        + " the buffered frames of source_id"),
                schema = @Schema(type = "string", format = "byte"))
        List<String> frames,

        @Schema(description = "Original client: the output file name. Accepted, not used", nullable = true)
        String outputFilename,

        @Schema(
                description = "Frames per second of the given images (above 0, at most 60); default 25",
                implementation = Double.class,
                nullable = true,
                example = "10")
        JsonNode fps,

        @Schema(
                description = "Original client: mp4, avi, mov, mkv. Accepted; the video is always H.264 in MP4",
                implementation = String.class,
                nullable = true)
        JsonNode videoFormat,

        @Schema(description = "Without frames: the source whose buffer becomes the video; default \"default\"")
        String sourceId) {}
