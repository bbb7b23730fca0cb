package io.vigint.gemini;

import io.vigint.core.video.Frame;
import io.vigint.core.video.analysis.AnalysisStage;
import java.time.Duration;
import java.util.List;

/** The instructions sent with the frames: what to look for and the JSON to answer with. */
final class GeminiPrompt {
    private GeminiPrompt() {}

    static String forStage(AnalysisStage stage, List<Frame> frames) {
        long seconds = Duration.between(
                        frames.get(0).timestamp(), frames.get(frames.size() - 1).timestamp())
                .toSeconds();
        String intro = "You are the analyst of a security camera. The " + frames.size()
                + " images are consecutive frames of one camera, oldest first, spanning about " + seconds
                + " seconds.\n";
        String task = stage == AnalysisStage.SCREENING
                ? "Screen them quickly: do they show a possible security incident (intrusion, break-in, theft, "
                        + "violence, vandalism, a weapon, fire or smoke, a person falling)? Ordinary activity "
                        + "(people passing, animals, cars, changing light) is not an incident.\n"
                : "A quick screening of the most recent frames reported a possible security incident. Look "
                        + "carefully at this longer sequence and confirm an incident only if the frames clearly "
                        + "show one (intrusion, break-in, theft, violence, vandalism, a weapon, fire or smoke, a "
                        + "person falling); otherwise say there is none.\n";
        return intro + task
                + "Answer with JSON only, no other text, exactly these fields:\n"
                + "{\"has_security_incident\": true or false, "
                + "\"risk_level\": \"none\", \"low\", \"medium\" or \"high\", "
                + "\"incident_type\": a short lower-case name such as \"intrusion\" (\"none\" if no incident), "
                + "\"analysis\": one or two sentences describing what the frames show}";
    }
}
