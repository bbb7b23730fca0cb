package io.vigint.http.video;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The optional body of {@code POST /api/video/analyze}, with what the original client sends (SPEC §3.1b):
 * {@code APIClient.analyze_frame} posts {@code {"frame","frame_count","buffer_type"}}, {@code app.py} posts
 * {@code {}}. The original server read none of these: it analysed the caller's buffer, screening the short
 * window and confirming on the long one whatever {@code buffer_type} said. So do we: they are accepted (of
 * any JSON type, {@code null} included) and not used; {@code frame} is not buffered (send frames to {@code
 * /api/video/buffer}).
 *
 * @param sourceId the camera to analyze ({@code source_id}); the default source when absent
 * @param frame the original's frame (base64); not used
 * @param frameCount the original's frame number; not used
 * @param bufferType the original's {@code short} or {@code long}; not used
 */
public record AnalyzeRequest(String sourceId, JsonNode frame, JsonNode frameCount, JsonNode bufferType) {}
