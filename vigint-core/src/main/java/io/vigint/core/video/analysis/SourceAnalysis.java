package io.vigint.core.video.analysis;

import io.vigint.core.error.ErrorCode;
import java.util.Objects;

/**
 * The outcome for one source of an {@link AnalyzeSourcesUseCase} request: its analysis, or why there is none.
 *
 * @param sourceId the source
 * @param analysis the two-stage analysis; null when {@code failure} says why there is none
 * @param bufferSize how many frames the source's long window held after the analysis (0 without frames)
 * @param failure why the source was not analyzed ({@code NO_FRAMES}: no frames, which is also the answer for
 *     a source the client never had; {@code ANALYZER_UNAVAILABLE}, {@code ANALYZER_FAILED}); null with an
 *     analysis
 * @param message the failure's message for a human; null with an analysis
 */
public record SourceAnalysis(
        String sourceId, IncidentAnalysis analysis, int bufferSize, ErrorCode failure, String message) {
    public SourceAnalysis {
        Objects.requireNonNull(sourceId, "sourceId");
        if ((analysis == null) == (failure == null) || (failure == null) != (message == null)) {
            throw new IllegalArgumentException("a source has either an analysis or a failure with its message");
        }
        if (bufferSize < 0) {
            throw new IllegalArgumentException("bufferSize must not be negative: " + bufferSize);
        }
    }

    /** A source that was analyzed. */
    public static SourceAnalysis analyzed(String sourceId, IncidentAnalysis analysis, int bufferSize) {
        return new SourceAnalysis(sourceId, Objects.requireNonNull(analysis, "analysis"), bufferSize, null, null);
    }

    /** A source that was not analyzed, and why. */
    public static SourceAnalysis failed(String sourceId, ErrorCode failure, String message, int bufferSize) {
        return new SourceAnalysis(sourceId, null, bufferSize, Objects.requireNonNull(failure, "failure"), message);
    }

    /** Whether the source was analyzed (and so charged, like one {@code /api/video/analyze}). */
    public boolean wasAnalyzed() {
        return analysis != null;
    }
}
