package io.vigint.http.alert;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/alert} and {@code POST /api/video/alert}: {@code analysis}, {@code
 * risk_level}, and optionally {@code incident_type}, {@code frame_count} and {@code source_id}; and what the
 * original client sends (SPEC §3.1b): {@code client_id}, {@code use_server_buffer}, {@code video_data} (its
 * recording, base64) with {@code video_filename}, {@code detailed_analysis}, {@code incident_frames_count}.
 *
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
        Integer frameCount,
        String sourceId,
        JsonNode clientId,
        Boolean useServerBuffer,
        String videoData,
        String videoFilename,
        JsonNode detailedAnalysis,
        JsonNode incidentFramesCount) {
    static final AlertRequest EMPTY =
            new AlertRequest(null, null, null, null, null, null, null, null, null, null, null);
}
