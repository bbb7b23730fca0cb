package io.vigint.core.video.analysis;

import java.util.Objects;

/**
 * What an {@link IncidentAnalyzer} concluded about one list of frames in one stage.
 *
 * @param incident whether it saw a security incident
 * @param riskLevel how serious it judged what it saw
 * @param incidentType a short lower-case name of what it saw ({@code motion}, {@code intrusion}, ...),
 *     {@value #NO_INCIDENT} when nothing
 * @param description a sentence or two for a human, never blank
 */
public record Assessment(boolean incident, RiskLevel riskLevel, String incidentType, String description) {
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
    }

    /** An assessment that saw no incident. */
    public static Assessment nothing(String description) {
        return new Assessment(false, RiskLevel.NONE, NO_INCIDENT, description);
    }
}
