package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The body of {@code POST /api/video/buffer/batch}: {@code {"frames":[{frame_data, frame_count,
 * timestamp?}], "source_id"?}}.
 *
 * @param frames the frames, all buffered or none
 * @param sourceId the camera (default {@code "default"})
 */
public record BatchRequest(List<BatchFrame> frames, String sourceId) {
    /**
     * One frame of a batch.
     *
     * @param frameData the image, base64
     * @param frameCount the sender's frame counter
     * @param timestamp when the frame was taken: ISO-8601 text or epoch seconds (default: when received)
     */
    public record BatchFrame(
            @Schema(implementation = String.class, nullable = true)
            FrameText frameData,

            Long frameCount,
            JsonNode timestamp) {}
}
