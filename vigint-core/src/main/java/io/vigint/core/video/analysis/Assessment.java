package io.vigint.core.video.analysis;

import io.vigint.core.video.Region;
import java.time.Instant;
import java.util.Objects;

/**
 * What an {@link IncidentAnalyzer} concluded about one list of frames in one stage.
 *
 * @param incident whether it saw a security incident
 * @param riskLevel how serious it judged what it saw
 * @param incidentType a short lower-case name of what it saw ({@code motion}, {@code intrusion}, ...),
 *     {@value #NO_INCIDENT} when nothing
 * @param description a sentence or two for a human, never blank
 * @param region where in the frame (its pixels) the incident was seen, when the analyzer can say; null
 *     otherwise, and always null when there is no incident
 * @param detectedAt when (a frame's time) the incident was first seen, when the analyzer can say; null
 *     otherwise, and always null when there is no incident
 */
public record Assessment(
        boolean incident,
        RiskLevel riskLevel,
        String incidentType,
        String description,
        Region region,
        Instant detectedAt) {
    /** The incident type of an assessment that saw nothing. */
    public static final String NO_INCIDENT = "none";

    public Assessment {
        Objects.requireNonNull(riskLevel, "riskLevel");
        incidentType = incidentType == null || incidentType.isBlank() ? NO_INCIDENT : incidentType.strip();
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("an assessment needs a description");
        }
        description = description.strip();
        if (!incident && (region != null || detectedAt != null)) {
            throw new IllegalArgumentException("only an incident has a region and a detection time");
        }
    }

    /** An assessment that does not say where or when. */
    public Assessment(boolean incident, RiskLevel riskLevel, String incidentType, String description) {
        this(incident, riskLevel, incidentType, description, null, null);
    }

    /** An assessment that saw no incident. */
    public static Assessment nothing(String description) {
        return new Assessment(false, RiskLevel.NONE, NO_INCIDENT, description);
    }
}
