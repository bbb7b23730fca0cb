package io.vigint.core.video.analysis;

import io.vigint.core.video.Frame;
import java.util.List;

/**
 * Looks at a sequence of frames of one camera and says whether they show a security incident. The same
 * analyzer serves both stages of an analysis; the stage tells it which window it is looking at (an
 * analyzer may, for example, use a stronger model to confirm).
 *
 * <p>Implementations are thread-safe. They never keep the frames. An analyzer that depends on a remote
 * service throws {@link io.vigint.core.error.VigintException} with {@link
 * io.vigint.core.error.ErrorCode#ANALYZER_UNAVAILABLE} when the service cannot be reached in time and
 * {@link io.vigint.core.error.ErrorCode#ANALYZER_FAILED} when it answers with an error or an answer it
 * cannot understand; the message never contains credentials.
 */
public interface IncidentAnalyzer {
    /**
     * Assesses {@code frames} (oldest first, at least one).
     *
     * @param stage which stage of the analysis this is
     * @param frames the frames of the window the stage looks at
     * @return the assessment, never null
     */
    Assessment assess(AnalysisStage stage, List<Frame> frames);
}
