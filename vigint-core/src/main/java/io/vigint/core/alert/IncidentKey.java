package io.vigint.core.alert;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What an alert cooldown is kept for: one client's incidents of one type on one camera source. Two alerts
 * with the same key are the same ongoing incident, whatever their analysis text says (a model or the motion
 * figures describe a continuous incident differently every time).
 *
 * @param clientId the alerting client
 * @param sourceId the camera source ({@code default} when the alert names none)
 * @param incidentType the incident type folded by {@link #normaliseType}: {@value #DEFAULT_TYPE} when the
 *     alert has none; at most {@value #MAX_TYPE_LENGTH} characters
 */
public record IncidentKey(ClientId clientId, String sourceId, String incidentType) {
    /** The type of an alert that names none. */
    public static final String DEFAULT_TYPE = "unspecified";

    /** The longest folded type kept; longer ones are cut (alert types are short labels). */
    public static final int MAX_TYPE_LENGTH = 100;

    public IncidentKey {
        Checks.nonNull("clientId sourceId incidentType", clientId, sourceId, incidentType);
        if (incidentType.isEmpty() || incidentType.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("incidentType must have 1.." + MAX_TYPE_LENGTH + " characters");
        }
    }

    /** The key of {@code command}: its client and source, and its incident type folded. */
    public static IncidentKey of(AlertCommand command) {
        return new IncidentKey(command.clientId(), command.sourceId(), normaliseType(command.incidentType()));
    }

    /**
     * An incident type compared by its words: Unicode NFKC, lower case ({@link Locale#ROOT}), every run of
     * characters that are not letters or digits turned into one space, trimmed, cut to {@value
     * #MAX_TYPE_LENGTH} characters; {@value #DEFAULT_TYPE} when nothing is left. So {@code " Intrusion"},
     * {@code "INTRUSION"} and {@code "intrusion."} are one type.
     */
    public static String normaliseType(String type) {
        if (type == null) {
            return DEFAULT_TYPE;
        }
        String folded = Normalizer.normalize(type, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (folded.length() > MAX_TYPE_LENGTH) {
            int end = MAX_TYPE_LENGTH;
            if (Character.isLowSurrogate(folded.charAt(end))) {
                end--;
            }
            folded = folded.substring(0, end).strip();
        }
        return folded.isEmpty() ? DEFAULT_TYPE : folded;
    }
}
