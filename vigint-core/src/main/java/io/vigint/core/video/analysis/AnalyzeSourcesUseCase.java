package io.vigint.core.video.analysis;

import io.vigint.core.error.VigintException;

/**
 * Analyzes several of a client's sources in one request, each exactly as {@link AnalyzeIncidentUseCase} does
 * (screening, then confirmation with the final word), reading only that client's buffers.
 */
public interface AnalyzeSourcesUseCase {
    /**
     * Analyzes the sources {@code command} names, or every source of the client that holds frames. A named
     * source without frames (including one the client never had: another client's source is just that) is
     * not analyzed and says {@code NO_FRAMES}; a source whose analyzer failed says so, and the others are
     * still analyzed.
     *
     * @throws VigintException {@code NO_FRAMES} when no source is named and the client has none with frames;
     *     {@code ANALYZER_UNAVAILABLE} or {@code ANALYZER_FAILED} when the analyzer failed and no source could
     *     be analyzed
     */
    SourcesAnalysis analyzeSources(AnalyzeSourcesCommand command);
}
