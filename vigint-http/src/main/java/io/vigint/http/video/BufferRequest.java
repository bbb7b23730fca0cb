package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/video/buffer} and {@code /api/video/multi-source/buffer}:
 * {@code {"frame_data": base64, "frame_count": n, "source_id"?, "timestamp"?}}.
 *
 * @param frameData the JPEG or PNG image, base64 (a {@code data:image/…;base64,} prefix is allowed)
 * @param frameCount the sender's frame counter, echoed in the answer
 * @param sourceId the camera (required on the multi-source route; else {@code "default"})
 * @param timestamp when the frame was taken: ISO-8601 text or epoch seconds (default: when received)
 */
public record BufferRequest(String frameData, Long frameCount, String sourceId, JsonNode timestamp) {}
