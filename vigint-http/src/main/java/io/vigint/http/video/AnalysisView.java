package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.vigint.core.video.Region;
import io.vigint.core.video.analysis.IncidentAnalysis;
import java.time.Instant;

/**
 * The answer of {@code POST /api/video/analyze}: {@code {"has_security_incident","risk_level",
 * "incident_type","analysis","frames_analyzed","confirmed","timestamp"}}, the risk level in upper case as the
 * original answered it ({@code NONE}, {@code LOW}, {@code MEDIUM}, {@code HIGH}); when a confirmed incident
 * says where and when (the local motion analyzer does), also {@code "motion_region": {"x","y","width",
 * "height"}} in pixels of the frame and {@code "detected_at"}, the time of the frame where it was first seen.
 * Both are absent otherwise. And the original's {@code frame_count} (the frames analysed: posted back as an
 * alert's {@code frame_count}, the clip is those frames), {@code incident_detected} (the same as {@code
 * has_security_incident}), {@code client_email} (the caller's address, where its alerts go; absent in the
 * per-source entries of a multi-source answer, which carries it once), and, only when screening reported an
 * incident, {@code flash_confirmation} (whether confirmation confirmed it) and on a veto {@code
 * "flash_veto": true} and {@code veto_reason} (docs/compatibility.md).
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
    "detected_at",
    "frame_count",
    "incident_detected",
    "client_email",
    "flash_confirmation",
    "flash_veto",
    "veto_reason"
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant detectedAt,

        @Schema(
                description = "The original's field: the frames analysed (as frames_analyzed). Posted back as an"
                        + " alert's frame_count, the clip is those frames")
        int frameCount,

        @Schema(description = "The original's field: the same as has_security_incident")
        boolean incidentDetected,

        @Schema(description = "The original's field: the caller's email address, where its alerts go")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String clientEmail,

        @Schema(
                description = "The original's field, only when screening reported an incident: true if"
                        + " confirmation confirmed it, false if it vetoed it",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean flashConfirmation,

        @Schema(
                description = "The original's field, only on a veto (screening reported an incident,"
                        + " confirmation did not confirm it): true",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Boolean flashVeto,

        @Schema(
                description = "The original's field, only on a veto: why the incident was not confirmed",
                nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String vetoReason) {

    /** A rectangle of the frame in its pixels: {@code {"x","y","width","height"}}. */
    @JsonPropertyOrder({"x", "y", "width", "height"})
    public record RegionView(int x, int y, int width, int height) {
        static RegionView of(Region region) {
            return region == null ? null : new RegionView(region.x(), region.y(), region.width(), region.height());
        }
    }

    /**
     * The answer for {@code result}, of the client whose address is {@code clientEmail} (null: the field is
     * left out).
     */
    public static AnalysisView of(IncidentAnalysis result, String clientEmail) {
        return new AnalysisView(
                result.hasSecurityIncident(),
                result.riskLevel().label(),
                result.incidentType(),
                result.analysis(),
                result.framesAnalyzed(),
                result.confirmed(),
                result.timestamp(),
                RegionView.of(result.motionRegion()),
                result.detectedAt(),
                result.framesAnalyzed(),
                result.hasSecurityIncident(),
                clientEmail,
                result.screeningReportedIncident() ? result.confirmed() : null,
                result.vetoed() ? Boolean.TRUE : null,
                result.vetoReason());
    }
}
