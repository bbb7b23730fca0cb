package io.vigint.core.video.analysis;

import io.vigint.core.error.VigintException;

/**
 * Analyzes a client's buffered frames in two stages: screening on the short window; if it reports an
 * incident, confirmation on the long window, which has the final word (it can veto the screening).
 */
public interface AnalyzeIncidentUseCase {
    /**
     * Analyzes the frames of {@code command}'s source, reading only that client's buffer.
     *
     * @throws VigintException {@code NO_FRAMES} when the source has no buffered frames; {@code
     *     ANALYZER_UNAVAILABLE} or {@code ANALYZER_FAILED} when a remote analyzer fails
     */
    IncidentAnalysis analyze(AnalyzeIncidentCommand command);
}
