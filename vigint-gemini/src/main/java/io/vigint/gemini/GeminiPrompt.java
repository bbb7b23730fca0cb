package io.vigint.gemini;

import io.vigint.core.video.Frame;
import io.vigint.core.video.analysis.AnalysisStage;
import java.time.Duration;
import java.util.List;

/**
 * The instructions sent with the window (a video clip, or images when no clip could be made): what to look
 * for and the JSON to answer with.
 */
final class GeminiPrompt {
    private GeminiPrompt() {}

    /** The prompt for a window sent as images: one image per frame of {@code frames}. */
    static String forStage(AnalysisStage stage, List<Frame> frames) {
        return intro(frames.size() + " images are consecutive frames of one camera, oldest first, spanning about "
                        + seconds(frames) + " seconds.\n")
                + task(stage, "frames");
    }

    /** The prompt for a window sent as one video clip made of {@code frames}. */
    static String forVideo(AnalysisStage stage, List<Frame> frames) {
        return intro("video is a recording of one camera: " + frames.size() + " frames spanning about "
                        + seconds(frames) + " seconds.\n")
                + task(stage, "video");
    }

    private static long seconds(List<Frame> frames) {
        return Duration.between(
                        frames.get(0).timestamp(), frames.get(frames.size() - 1).timestamp())
                .toSeconds();
    }

    private static String intro(String what) {
        return "You are the analyst of a security camera. The " + what;
    }

    private static String task(AnalysisStage stage, String what) {
        boolean video = what.equals("video");
        String shows = video ? "the video shows" : "the frames show";
        String task = stage == AnalysisStage.SCREENING
                ? "Screen " + (video ? "it" : "them") + " quickly: " + (video ? "does it" : "do they")
                        + " show a possible security incident (intrusion, break-in, theft, violence, vandalism, a "
                        + "weapon, fire or smoke, a person falling)? Ordinary activity (people passing, animals, cars, "
                        + "changing light) is not an incident.\n"
                : "A quick screening of the most recent frames reported a possible security incident. Look "
                        + "carefully at this longer sequence and confirm an incident only if " + shows
                        + " one clearly (intrusion, break-in, theft, violence, vandalism, a weapon, fire or smoke, a "
                        + "person falling); otherwise say there is none.\n";
        return task
                + "Answer with JSON only, no other text, exactly these fields:\n"
                + "{\"has_security_incident\": true or false, "
                + "\"risk_level\": \"none\", \"low\", \"medium\" or \"high\", "
                + "\"incident_type\": a short lower-case name such as \"intrusion\" (\"none\" if no incident), "
                + "\"analysis\": one or two sentences describing what " + shows + "}";
    }
}
