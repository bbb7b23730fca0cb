package io.vigint.core.alert;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.SourceIds;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An alert to send. Validates itself: a command that exists is valid.
 *
 * @param clientId the client the alert is for (and whose frames the clip shows)
 * @param sourceId the camera source, {@link FrameWindows#DEFAULT_SOURCE} when none is named
 * @param analysis what happened, as the analysis described it (1..10,000 characters; line breaks kept)
 * @param riskLevel how serious, e.g. {@code HIGH} (letters, digits and {@code _}, up to 20; upper-cased)
 * @param incidentType what kind of incident, e.g. {@code intrusion}, or {@code null}
 * @param frameCount the number of most recent frames to put in the clip, or {@code null} for the whole
 *     long window (only for a clip of the server's buffer)
 * @param clip where the clip comes from: the server's buffer of the source (the default), the client's own
 *     recording, or nowhere (no clip)
 * @param recording the client's recording (an MP4, what the original client sends as {@code video_data})
 *     when {@code clip} is {@link ClipSource#RECORDING}, else {@code null}; not copied, treat as immutable
 */
public record AlertCommand(
        ClientId clientId,
        String sourceId,
        String analysis,
        String riskLevel,
        String incidentType,
        Integer frameCount,
        ClipSource clip,
        byte[] recording) {
    public static final int MAX_ANALYSIS_LENGTH = 10_000;

    /** Where an alert's clip comes from. */
    public enum ClipSource {
        /** The source's long window in the server's frame buffer. */
        SERVER_BUFFER,
        /** A recording the client sent with the alert. */
        RECORDING,
        /** No clip: the client asked for no buffer and sent no recording. */
        NONE
    }

    /** An alert whose clip is made from the server's buffer. */
    public AlertCommand(
            ClientId clientId,
            String sourceId,
            String analysis,
            String riskLevel,
            String incidentType,
            Integer frameCount) {
        this(clientId, sourceId, analysis, riskLevel, incidentType, frameCount, ClipSource.SERVER_BUFFER, null);
    }

    private static final Pattern RISK_LEVEL = Pattern.compile("[A-Za-z0-9_]{1,20}");

    public AlertCommand {
        Objects.requireNonNull(clientId, "clientId");
        sourceId = sourceId == null || sourceId.isBlank()
                ? FrameWindows.DEFAULT_SOURCE
                : SourceIds.check(sourceId.strip());
        analysis = analysis(analysis);
        String level = Checks.requiredText("risk_level", riskLevel, 20);
        if (!RISK_LEVEL.matcher(level).matches()) {
            throw VigintException.invalid("risk_level", "risk_level must be a word such as LOW, MEDIUM or HIGH");
        }
        riskLevel = level.toUpperCase(Locale.ROOT);
        incidentType = Checks.optionalText("incident_type", incidentType, 100);
        if (frameCount != null && frameCount < 1) {
            throw VigintException.invalid("frame_count", "frame_count must be at least 1");
        }
        Objects.requireNonNull(clip, "clip");
        if ((clip == ClipSource.RECORDING) != (recording != null)) {
            throw new IllegalArgumentException("a recording is given exactly when the clip comes from one");
        }
    }

    private static String analysis(String value) {
        if (value == null || value.isBlank()) {
            throw VigintException.invalid("analysis", "analysis must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_ANALYSIS_LENGTH) {
            throw VigintException.invalid(
                    "analysis", "analysis must be at most " + MAX_ANALYSIS_LENGTH + " characters");
        }
        boolean badControl =
                trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
        if (badControl) {
            throw VigintException.invalid("analysis", "analysis must not contain control characters");
        }
        return trimmed;
    }
}
