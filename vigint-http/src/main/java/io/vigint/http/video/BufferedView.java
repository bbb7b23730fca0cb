package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The answer to buffering one frame: {@code {"status":"buffered","frame_count","buffer_size","timestamp"}}, and
 * on {@code /api/video/multi-source/buffer} also the original's {@code "success": true} and {@code source_id}.
 *
 * @param status always {@code "buffered"}
 * @param frameCount the sender's {@code frame_count} (1 when it sent none)
 * @param bufferSize how many frames the source's long window holds now
 * @param timestamp when the frame was received
 * @param success multi-source route only: always {@code true} (an error is an error answer)
 * @param sourceId multi-source route only: the source the frame went into
 */
@JsonPropertyOrder({"status", "frame_count", "buffer_size", "timestamp", "success", "source_id"})
public record BufferedView(
        String status,
        long frameCount,
        int bufferSize,
        Instant timestamp,

        @Schema(description = "The original's field, on /api/video/multi-source/buffer only: true", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean success,

        @Schema(
                description = "The original's field, on /api/video/multi-source/buffer only: the source",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String sourceId) {
    /** The answer of the single-source route. */
    public BufferedView(String status, long frameCount, int bufferSize, Instant timestamp) {
        this(status, frameCount, bufferSize, timestamp, null, null);
    }

    /** The same answer with the multi-source route's {@code success} and {@code source_id}. */
    BufferedView ofSource(String source) {
        return new BufferedView(status, frameCount, bufferSize, timestamp, true, source);
    }
}
