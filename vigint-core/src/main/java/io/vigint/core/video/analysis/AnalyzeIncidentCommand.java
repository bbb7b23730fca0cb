package io.vigint.core.video.analysis;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.SourceIds;
import java.util.Objects;

/**
 * A request to analyze the frames one client buffered for one of its sources.
 *
 * @param clientId whose frames (always the caller's own)
 * @param sourceId which camera; {@link FrameWindows#DEFAULT_SOURCE} when the caller names none
 */
public record AnalyzeIncidentCommand(ClientId clientId, String sourceId) {
    /**
     * Checks the command.
     *
     * @throws VigintException {@code VALIDATION_FAILED} naming {@code source_id} unless it follows {@link
     *     SourceIds} (the rule frames are buffered under)
     */
    public AnalyzeIncidentCommand {
        Objects.requireNonNull(clientId, "clientId");
        sourceId = sourceId == null || sourceId.isBlank()
                ? FrameWindows.DEFAULT_SOURCE
                : SourceIds.check(sourceId.strip());
    }

    /** The client's default source. */
    public static AnalyzeIncidentCommand defaultSource(ClientId clientId) {
        return new AnalyzeIncidentCommand(clientId, null);
    }
}
