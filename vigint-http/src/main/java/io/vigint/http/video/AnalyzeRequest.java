package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The optional body of {@code POST /api/video/analyze}, with what the original clients send (SPEC §3.1b):
 * {@code APIClient.analyze_frame} posts {@code {"frame","frame_count","buffer_type"}}, {@code
 * secure_video_analyzer.py} {@code {"frame_data","frame_count"}}, {@code app.py} posts {@code {}}. The original
 * server read none of these: it analysed the caller's buffer, screening the short window and confirming on the
 * long one whatever {@code buffer_type} said. So do we: they are accepted (of any JSON type, {@code null}
 * included) and not used; {@code frame} and {@code frame_data} are not buffered (send frames to {@code
 * /api/video/buffer}). docs/compatibility.md lists every route's accepted fields.
 *
 * @param sourceId the camera to analyze ({@code source_id}); the default source when absent
 * @param frame the original's frame (base64); not used
 * @param frameData the same under the name {@code secure_video_analyzer.py} sends; not used
 * @param frameCount the original's frame number; not used
 * @param bufferType the original's {@code short} or {@code long}; not used
 */
public record AnalyzeRequest(
        @Schema(description = "The camera to analyze; the default source when absent")
        String sourceId,

        @Schema(
                description = "Original client (APIClient.analyze_frame): a base64 frame. Accepted, not used:"
                        + " the analysis is of the buffer (send frames to /api/video/buffer)",
                implementation = String.class,
                nullable = true)
        JsonNode frame,

        @Schema(
                description = "Original client (secure_video_analyzer.py): a base64 frame. Accepted, not used:"
                        + " the analysis is of the buffer (send frames to /api/video/buffer)",
                implementation = String.class,
                nullable = true)
        JsonNode frameData,

        @Schema(
                description = "Original client: its frame number. Accepted, not used",
                implementation = Long.class,
                nullable = true)
        JsonNode frameCount,

        @Schema(
                description = "Original client: short or long. Accepted, not used: screening always looks at"
                        + " the short window and confirmation at the long one",
                implementation = String.class,
                nullable = true,
                example = "short")
        JsonNode bufferType) {}
