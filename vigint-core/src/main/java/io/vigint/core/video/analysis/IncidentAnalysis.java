package io.vigint.core.video.analysis;

import io.vigint.core.util.Checks;
import io.vigint.core.video.Region;
import java.time.Instant;

/**
 * The outcome of a two-stage analysis.
 *
 * @param hasSecurityIncident true only if screening reported an incident and confirmation confirmed it
 * @param riskLevel the risk level of the stage that had the final word
 * @param incidentType what was seen ({@value Assessment#NO_INCIDENT} when no incident)
 * @param analysis a description for a human; after a veto it says that screening was overruled
 * @param framesAnalyzed how many frames the stage with the final word looked at
 * @param confirmed whether the confirmation stage ran and confirmed the incident
 * @param timestamp when the analysis finished
 * @param motionRegion where (pixels of the frame) the confirmed incident was seen, if the analyzer said;
 *     null otherwise and whenever there is no incident
 * @param detectedAt when (a frame's time) the confirmed incident was first seen, if the analyzer said; null
 *     otherwise and whenever there is no incident
 * @param vetoReason when screening reported an incident and confirmation did not confirm it (a veto), one
 *     sentence saying so; null otherwise
 */
public record IncidentAnalysis(
        boolean hasSecurityIncident,
        RiskLevel riskLevel,
        String incidentType,
        String analysis,
        int framesAnalyzed,
        boolean confirmed,
        Instant timestamp,
        Region motionRegion,
        Instant detectedAt,
        String vetoReason) {
    public IncidentAnalysis {
        Checks.nonNull("riskLevel incidentType analysis timestamp", riskLevel, incidentType, analysis, timestamp);
        if (framesAnalyzed < 1) {
            throw new IllegalArgumentException("an analysis looks at one frame or more");
        }
        if (hasSecurityIncident && !confirmed) {
            throw new IllegalArgumentException("an incident is only reported once confirmed");
        }
        if (!hasSecurityIncident && (motionRegion != null || detectedAt != null)) {
            throw new IllegalArgumentException("only an incident has a region and a detection time");
        }
        if (vetoReason != null && (hasSecurityIncident || confirmed || vetoReason.isBlank())) {
            throw new IllegalArgumentException("a veto is a non-blank reason of an unconfirmed analysis");
        }
    }

    /**
     * An outcome that was not vetoed: screening saw nothing, or confirmation confirmed (saying where and when
     * if the analyzer did).
     */
    public IncidentAnalysis(
            boolean hasSecurityIncident,
            RiskLevel riskLevel,
            String incidentType,
            String analysis,
            int framesAnalyzed,
            boolean confirmed,
            Instant timestamp,
            Region motionRegion,
            Instant detectedAt) {
        this(
                hasSecurityIncident,
                riskLevel,
                incidentType,
                analysis,
                framesAnalyzed,
                confirmed,
                timestamp,
                motionRegion,
                detectedAt,
                null);
    }

    /** An outcome that does not say where or when. */
    public IncidentAnalysis(
            boolean hasSecurityIncident,
            RiskLevel riskLevel,
            String incidentType,
            String analysis,
            int framesAnalyzed,
            boolean confirmed,
            Instant timestamp) {
        this(hasSecurityIncident, riskLevel, incidentType, analysis, framesAnalyzed, confirmed, timestamp, null, null);
    }

    /** Whether confirmation vetoed an incident that screening reported. */
    public boolean vetoed() {
        return vetoReason != null;
    }

    /** Whether screening reported an incident (so that confirmation ran): confirmed or vetoed. */
    public boolean screeningReportedIncident() {
        return confirmed || vetoed();
    }
}
