package io.vigint.core.video.analysis;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameWindows;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link AnalyzeIncidentUseCase} over a {@link FrameWindows} and an {@link IncidentAnalyzer}.
 *
 * <p>Screening looks at the short window. If it sees nothing, that is the answer (not confirmed, no
 * incident). If it reports an incident, the analyzer looks again at the long window (or, if the long
 * window emptied in between, at the screened frames), and that confirmation decides: it confirms the
 * incident with its own risk level, type and description, or it vetoes it, in which case the answer is
 * "no incident", the description says that screening was overruled, and {@link IncidentAnalysis#vetoReason()}
 * is that sentence.
 */
public record IncidentAnalysisService(FrameWindows windows, IncidentAnalyzer analyzer, Clock clock)
        implements AnalyzeIncidentUseCase {
    public IncidentAnalysisService {
        Checks.nonNull("windows analyzer clock", windows, analyzer, clock);
    }

    @Override
    public IncidentAnalysis analyze(AnalyzeIncidentCommand command) {
        Objects.requireNonNull(command, "command");
        List<Frame> recent = windows.shortWindow(command.clientId(), command.sourceId());
        if (recent.isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.NO_FRAMES,
                    "No frames are buffered for source '" + command.sourceId()
                            + "'; send frames to /api/video/buffer first",
                    Map.of("source_id", command.sourceId()));
        }
        Assessment screening = checked(analyzer.assess(AnalysisStage.SCREENING, recent));
        if (!screening.incident()) {
            return new IncidentAnalysis(
                    false,
                    screening.riskLevel(),
                    Assessment.NO_INCIDENT,
                    screening.description(),
                    recent.size(),
                    false,
                    clock.instant());
        }
        List<Frame> longWindow = windows.longWindow(command.clientId(), command.sourceId());
        List<Frame> evidence = longWindow.isEmpty() ? recent : longWindow;
        Assessment confirmation = checked(analyzer.assess(AnalysisStage.CONFIRMATION, evidence));
        if (confirmation.incident()) {
            return new IncidentAnalysis(
                    true,
                    confirmation.riskLevel(),
                    confirmation.incidentType(),
                    confirmation.description(),
                    evidence.size(),
                    true,
                    clock.instant(),
                    confirmation.region(),
                    confirmation.detectedAt());
        }
        String vetoReason = "Not confirmed: screening of the last " + recent.size() + " frames reported "
                + screening.incidentType() + " (" + screening.riskLevel().label() + "), but the "
                + evidence.size() + " frames of the long window do not show an incident.";
        return new IncidentAnalysis(
                false,
                confirmation.riskLevel(),
                Assessment.NO_INCIDENT,
                vetoReason + " " + confirmation.description(),
                evidence.size(),
                false,
                clock.instant(),
                null,
                null,
                vetoReason);
    }

    private static Assessment checked(Assessment assessment) {
        if (assessment == null) {
            throw new VigintException(CoreErrorCode.ANALYZER_FAILED, "The incident analyzer gave no answer");
        }
        return assessment;
    }
}
