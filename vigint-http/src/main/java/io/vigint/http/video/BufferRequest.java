package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/video/buffer} and {@code /api/video/multi-source/buffer}:
 * {@code {"frame_data": base64, "frame_count": n, "source_id"?, "timestamp"?}}, and the original
 * {@code multi_source_video_analyzer.py}'s {@code source_name}, accepted and not used (docs/compatibility.md).
 *
 * @param frameData the JPEG or PNG image, base64 (a {@code data:image/…;base64,} prefix is allowed)
 * @param frameCount the sender's frame counter, echoed in the answer
 * @param sourceId the camera (required on the multi-source route; else {@code "default"})
 * @param timestamp when the frame was taken: ISO-8601 text or epoch seconds (default: when received); a date and
 *     time without an offset, as the original client's {@code datetime.now()} writes it, is taken as received
 * @param sourceName the original's display name of the source; not used
 */
public record BufferRequest(
        @Schema(implementation = String.class, nullable = true)
        FrameText frameData,

        Long frameCount,
        String sourceId,

        @Schema(
                description = "When the frame was taken: ISO-8601 with an offset (2026-01-01T00:00:00Z) or epoch"
                        + " seconds; absent, null, or a date and time without an offset (the original client's"
                        + " datetime.now()): when it was received",
                oneOf = {String.class, Double.class},
                nullable = true)
        JsonNode timestamp,

        @Schema(
                description = "Original client (multi_source_video_analyzer.py): the source's display name."
                        + " Accepted, not used",
                implementation = String.class,
                nullable = true)
        JsonNode sourceName) {}
