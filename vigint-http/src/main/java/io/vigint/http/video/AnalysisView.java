package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.video.Region;
import io.vigint.core.video.analysis.IncidentAnalysis;
import java.time.Instant;

/**
 * The answer of {@code POST /api/video/analyze}: {@code {"has_security_incident","risk_level",
 * "incident_type","analysis","frames_analyzed","confirmed","timestamp"}}, the risk level in lower case
 * ({@code none}, {@code low}, {@code medium}, {@code high}); when a confirmed incident says where and when
 * (the local motion analyzer does), also {@code "motion_region": {"x","y","width","height"}} in pixels of the
 * frame and {@code "detected_at"}, the time of the frame where it was first seen. Both are absent otherwise.
 */
@JsonPropertyOrder({
    "has_security_incident",
    "risk_level",
    "incident_type",
    "analysis",
    "frames_analyzed",
    "confirmed",
    "timestamp",
    "motion_region",
    "detected_at"
})
public record AnalysisView(
        boolean hasSecurityIncident,
        String riskLevel,
        String incidentType,
        String analysis,
        int framesAnalyzed,
        boolean confirmed,
        Instant timestamp,
        @JsonInclude(JsonInclude.Include.NON_NULL) RegionView motionRegion,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant detectedAt) {

    /** A rectangle of the frame in its pixels: {@code {"x","y","width","height"}}. */
    @JsonPropertyOrder({"x", "y", "width", "height"})
    public record RegionView(int x, int y, int width, int height) {
        static RegionView of(Region region) {
            return region == null ? null : new RegionView(region.x(), region.y(), region.width(), region.height());
        }
    }

    public static AnalysisView of(IncidentAnalysis result) {
        return new AnalysisView(
                result.hasSecurityIncident(),
                result.riskLevel().label(),
                result.incidentType(),
                result.analysis(),
                result.framesAnalyzed(),
                result.confirmed(),
                result.timestamp(),
                RegionView.of(result.motionRegion()),
                result.detectedAt());
    }
}
