package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.video.analysis.IncidentAnalysis;
import java.time.Instant;

/**
 * The answer of {@code POST /api/video/analyze}: {@code {"has_security_incident","risk_level",
 * "incident_type","analysis","frames_analyzed","confirmed","timestamp"}}, the risk level in lower case
 * ({@code none}, {@code low}, {@code medium}, {@code high}).
 */
@JsonPropertyOrder({
    "has_security_incident",
    "risk_level",
    "incident_type",
    "analysis",
    "frames_analyzed",
    "confirmed",
    "timestamp"
})
public record AnalysisView(
        boolean hasSecurityIncident,
        String riskLevel,
        String incidentType,
        String analysis,
        int framesAnalyzed,
        boolean confirmed,
        Instant timestamp) {

    public static AnalysisView of(IncidentAnalysis result) {
        return new AnalysisView(
                result.hasSecurityIncident(),
                result.riskLevel().label(),
                result.incidentType(),
                result.analysis(),
                result.framesAnalyzed(),
                result.confirmed(),
                result.timestamp());
    }
}
