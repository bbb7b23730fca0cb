package io.vigint.http.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/alert} and {@code POST /api/video/alert}: {@code analysis}, {@code
 * risk_level}, and optionally {@code incident_type}, {@code frame_count} and {@code source_id}; and what the
 * original client sends (SPEC §3.1b): {@code client_id}, {@code use_server_buffer}, {@code video_data} (its
 * recording, base64) with {@code video_filename}, {@code detailed_analysis}, {@code incident_frames_count}.
 *
 * @param frameCount the clip's last frames of the buffer; 0 (the original's default) is taken as absent
 * @param clientId never acts: the alert is always the authenticated caller's (see docs/alerts.md)
 * @param useServerBuffer {@code false} with no {@code video_data}: no clip; {@code true}: the buffer even if a
 *     recording is sent; absent: the recording if one is sent, else the buffer
 * @param videoData the client's recording (MP4, base64), the alert's clip unless {@code use_server_buffer} is
 *     {@code true}
 * @param videoFilename the recording's name on the client; not used
 * @param detailedAnalysis the original's long-buffer analysis; not used
 * @param incidentFramesCount the original's count of incident frames; not used
 */
public record AlertRequest(
        String analysis,
        String riskLevel,
        String incidentType,

        @Schema(
                description = "The clip is the last frame_count frames of the buffer (0, the original's"
                        + " default, or absent: the whole long window)",
                nullable = true)
        Integer frameCount,

        String sourceId,

        @Schema(
                description = "Original client: its client id or label. Never used: the alert is always the"
                        + " authenticated caller's, whatever this says",
                implementation = String.class,
                nullable = true)
        JsonNode clientId,

        @Schema(
                description = "false with no video_data: no clip; true: the clip is the buffer even if"
                        + " video_data is sent; absent: video_data if sent, else the buffer",
                nullable = true)
        Boolean useServerBuffer,

        @Schema(
                description = "The client's recording (MP4: H.264 or MPEG-4 Part 2), base64: the alert's clip"
                        + " instead of the buffer. Within the video.upload.* limits; one that does not decode is"
                        + " 400 INVALID_VIDEO and nothing is sent",
                nullable = true)
        String videoData,

        @Schema(description = "The recording's file name on the client. Not used", nullable = true)
        String videoFilename,

        @Schema(description = "Original client: its long-buffer analysis (a list). Accepted, not used", nullable = true)
        JsonNode detailedAnalysis,

        @Schema(
                description = "Original client: its count of incident frames. Accepted, not used",
                implementation = Long.class,
                nullable = true)
        JsonNode incidentFramesCount) {
    static final AlertRequest EMPTY =
            new AlertRequest(null, null, null, null, null, null, null, null, null, null, null);
}
