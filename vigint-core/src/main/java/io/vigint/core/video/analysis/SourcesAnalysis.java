package io.vigint.core.video.analysis;

import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * The outcome of an {@link AnalyzeSourcesUseCase} request: one {@link SourceAnalysis} per source, in the order
 * asked (or in name order when every source was), and counts over them.
 *
 * @param sources one entry per source
 * @param timestamp when the last source's analysis finished
 */
public record SourcesAnalysis(List<SourceAnalysis> sources, Instant timestamp) {
    public SourcesAnalysis {
        Checks.nonNull("sources timestamp", sources, timestamp);
        sources = List.copyOf(sources);
    }

    /** How many sources were analyzed (the others have a failure). */
    public int analyzed() {
        return count(s -> true);
    }

    /** How many sources screening reported an incident on (confirmed or vetoed). */
    public int reportedByScreening() {
        return count(IncidentAnalysis::screeningReportedIncident);
    }

    /** How many sources have a confirmed incident. */
    public int confirmed() {
        return count(IncidentAnalysis::hasSecurityIncident);
    }

    /** How many incidents reported by screening confirmation vetoed. */
    public int vetoed() {
        return count(IncidentAnalysis::vetoed);
    }

    private int count(Predicate<IncidentAnalysis> test) {
        return (int) sources.stream()
                .filter(SourceAnalysis::wasAnalyzed)
                .map(SourceAnalysis::analysis)
                .filter(test)
                .count();
    }
}
