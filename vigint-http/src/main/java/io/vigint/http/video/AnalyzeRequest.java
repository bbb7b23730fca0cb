package io.vigint.http.video;

/**
 * The optional body of {@code POST /api/video/analyze}.
 *
 * @param sourceId the camera to analyze ({@code source_id}); the default source when absent
 */
public record AnalyzeRequest(String sourceId) {}
