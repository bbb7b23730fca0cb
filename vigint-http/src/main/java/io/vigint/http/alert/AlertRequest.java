package io.vigint.http.alert;

/**
 * The body of {@code POST /api/alert} and {@code POST /api/video/alert}: {@code analysis}, {@code
 * risk_level}, and optionally {@code incident_type}, {@code frame_count} and {@code source_id}.
 */
public record AlertRequest(
        String analysis, String riskLevel, String incidentType, Integer frameCount, String sourceId) {}
