package io.vigint.core.video.analysis;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameWindows;
import java.util.Objects;

/**
 * A request to analyze the frames one client buffered for one of its sources.
 *
 * @param clientId whose frames (always the caller's own)
 * @param sourceId which camera; {@link FrameWindows#DEFAULT_SOURCE} when the caller names none
 */
public record AnalyzeIncidentCommand(ClientId clientId, String sourceId) {
    /** The longest source id accepted. */
    public static final int MAX_SOURCE_ID_LENGTH = 128;

    /**
     * Checks the command.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code source_id} if it is too long or has
     *     control characters
     */
    public AnalyzeIncidentCommand {
        Objects.requireNonNull(clientId, "clientId");
        sourceId = sourceId == null || sourceId.isBlank() ? FrameWindows.DEFAULT_SOURCE : sourceId.strip();
        if (sourceId.length() > MAX_SOURCE_ID_LENGTH) {
            throw VigintException.invalid(
                    "source_id", "source_id must be at most " + MAX_SOURCE_ID_LENGTH + " characters");
        }
        if (sourceId.chars().anyMatch(Character::isISOControl)) {
            throw VigintException.invalid("source_id", "source_id must not contain control characters");
        }
    }

    /** The client's default source. */
    public static AnalyzeIncidentCommand defaultSource(ClientId clientId) {
        return new AnalyzeIncidentCommand(clientId, null);
    }
}
