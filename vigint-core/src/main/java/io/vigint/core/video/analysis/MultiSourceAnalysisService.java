package io.vigint.core.video.analysis;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.video.FrameWindows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link AnalyzeSourcesUseCase} over {@link AnalyzeIncidentUseCase}: one two-stage analysis per source, one
 * after the other, so each source is analyzed (and judged) exactly as by {@code /api/video/analyze}.
 */
public record MultiSourceAnalysisService(FrameWindows windows, AnalyzeIncidentUseCase analysis, Clock clock)
        implements AnalyzeSourcesUseCase {
    public MultiSourceAnalysisService {
        Checks.nonNull("windows analysis clock", windows, analysis, clock);
    }

    @Override
    public SourcesAnalysis analyzeSources(AnalyzeSourcesCommand command) {
        Objects.requireNonNull(command, "command");
        List<String> sources = command.allOfTheClientsSources()
                ? List.copyOf(windows.sourcesOf(command.clientId()))
                : command.sourceIds();
        if (sources.isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.NO_FRAMES,
                    "No source has buffered frames; send frames to /api/video/multi-source/buffer first");
        }
        List<SourceAnalysis> results = new ArrayList<>(sources.size());
        VigintException analyzerFailure = null;
        for (String source : sources) {
            try {
                IncidentAnalysis result = analysis.analyze(new AnalyzeIncidentCommand(command.clientId(), source));
                results.add(SourceAnalysis.analyzed(source, result, bufferSize(command, source)));
            } catch (VigintException e) {
                if (e.code() == CoreErrorCode.ANALYZER_UNAVAILABLE || e.code() == CoreErrorCode.ANALYZER_FAILED) {
                    analyzerFailure = analyzerFailure == null ? e : analyzerFailure;
                } else if (e.code() != CoreErrorCode.NO_FRAMES) {
                    throw e;
                }
                results.add(SourceAnalysis.failed(source, e.code(), e.getMessage(), bufferSize(command, source)));
            }
        }
        SourcesAnalysis outcome = new SourcesAnalysis(results, clock.instant());
        if (analyzerFailure != null && outcome.analyzed() == 0) {
            throw analyzerFailure;
        }
        return outcome;
    }

    private int bufferSize(AnalyzeSourcesCommand command, String source) {
        return windows.longWindow(command.clientId(), source).size();
    }
}
