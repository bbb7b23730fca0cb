package io.vigint.media.scenes;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameIngestService;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.Region;
import io.vigint.core.video.analysis.AnalyzeIncidentCommand;
import io.vigint.core.video.analysis.IncidentAnalysis;
import io.vigint.core.video.analysis.IncidentAnalysisService;
import io.vigint.media.ImageIoProbe;
import io.vigint.media.MotionAnalyzer;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Streams every scene of the {@link SceneCorpus} at 5, 10, 25 and 30 fps through the default analyzer the
 * way the server does: each frame is ingested (validated, buffered with its arrival time as timestamp, as
 * the original client sends {@code "timestamp": null}; arrival jitters by up to 40 ms) into the real frame
 * buffers (3 s / 10 s windows), and the two-stage analysis runs once a second. A scene's verdict is
 * "incident" if any of its analyses confirmed one. Incident scenes must all be detected (and the reported
 * region must overlap the moving object), still scenes never, at every frame rate. The confusion table is
 * written to {@code target/scene-corpus/confusion.md} (copied into docs/analysis.md).
 */
class SceneCorpusTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final ClientId CLIENT = new ClientId(1);

    record Outcome(
            Scene scene,
            int fps,
            int analyses,
            int incidents,
            int brief,
            Region region,
            Instant detectedAt,
            long firstAt) {
        boolean detected() {
            return incidents > 0;
        }
    }

    @Test
    void everyIncidentSceneIsDetectedAndNoStillSceneIsAtEveryFrameRate() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Scene scene : SceneCorpus.all()) {
            for (int fps : SceneCorpus.FRAME_RATES) {
                List<Scene.Rendered> frames = scene.render(fps);
                Outcome outcome = stream(scene, fps, frames);
                outcomes.add(outcome);
                softly.assertThat(outcome.detected())
                        .as(
                                "%s at %d fps: %d of %d analyses said incident",
                                scene, fps, outcome.incidents(), outcome.analyses())
                        .isEqualTo(scene.incident());
                if (scene.incident() && outcome.detected()) {
                    Rectangle path = null;
                    for (Scene.Rendered frame : frames) {
                        if (frame.object() != null) {
                            path = path == null ? new Rectangle(frame.object()) : path.union(frame.object());
                        }
                    }
                    Region r = outcome.region();
                    softly.assertThat(path.intersects(new Rectangle(r.x(), r.y(), r.width(), r.height())))
                            .as("%s at %d fps: region %s overlaps the object's path %s", scene, fps, r, path)
                            .isTrue();
                }
            }
        }
        Path table = Path.of("target", "scene-corpus", "confusion.md");
        Files.createDirectories(table.getParent());
        Files.writeString(table, table(outcomes), StandardCharsets.UTF_8);
        softly.assertAll();
    }

    private static Outcome stream(Scene scene, int fps, List<Scene.Rendered> frames) {
        MutableClock clock = new MutableClock(T0);
        FrameBuffers buffers = new FrameBuffers(clock);
        FrameIngestService ingest =
                new FrameIngestService(buffers, new FrameValidator(new ImageIoProbe(), 2 * 1024 * 1024));
        IncidentAnalysisService analysis = new IncidentAnalysisService(buffers, new MotionAnalyzer(), clock);
        Random jitter = new Random(fps);
        long arrived = -1;
        long nextAnalysis = 1000;
        int analyses = 0;
        int incidents = 0;
        int brief = 0;
        Region region = null;
        Instant detectedAt = null;
        long firstAt = -1;
        for (Scene.Rendered frame : frames) {
            long arrival = Math.max(arrived + 1, frame.millis() + jitter.nextInt(41));
            arrived = arrival;
            clock.advance(Duration.between(clock.instant(), T0.plusMillis(arrival)));
            ingest.ingest(CLIENT, "default", frame.jpeg(), clock.instant());
            if (frame.millis() >= nextAnalysis) {
                nextAnalysis += 1000;
                IncidentAnalysis result = analysis.analyze(AnalyzeIncidentCommand.defaultSource(CLIENT));
                analyses++;
                if (result.analysis().startsWith("Too brief")) {
                    brief++;
                }
                if (result.hasSecurityIncident()) {
                    incidents++;
                    if (region == null) {
                        region = result.motionRegion();
                        detectedAt = result.detectedAt();
                        firstAt = frame.millis();
                    }
                }
            }
        }
        return new Outcome(scene, fps, analyses, incidents, brief, region, detectedAt, firstAt);
    }

    private static String table(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("| scene | label |");
        for (int fps : SceneCorpus.FRAME_RATES) {
            out.append(' ').append(fps).append(" fps |");
        }
        out.append('\n').append("|---|---|");
        SceneCorpus.FRAME_RATES.forEach(f -> out.append("---|"));
        out.append('\n');
        int tp = 0;
        int fn = 0;
        int tn = 0;
        int fp = 0;
        for (Scene scene : SceneCorpus.all()) {
            out.append("| ")
                    .append(scene.name())
                    .append(" | ")
                    .append(scene.incident() ? "incident" : "still")
                    .append(" |");
            for (Outcome o : outcomes) {
                if (!o.scene().name().equals(scene.name())) {
                    continue;
                }
                String verdict = o.detected() ? "incident" : "none";
                boolean right = o.detected() == scene.incident();
                out.append(' ').append(right ? "" : "**WRONG** ").append(verdict);
                out.append(String.format(Locale.ROOT, " (%d/%d", o.incidents(), o.analyses()));
                if (o.detected()) {
                    out.append(String.format(Locale.ROOT, ", first at %.0f s", o.firstAt() / 1000.0));
                }
                if (o.brief() > 0) {
                    out.append(String.format(Locale.ROOT, ", %d too brief", o.brief()));
                }
                out.append(") |");
                if (scene.incident()) {
                    if (o.detected()) {
                        tp++;
                    } else {
                        fn++;
                    }
                } else if (o.detected()) {
                    fp++;
                } else {
                    tn++;
                }
            }
            out.append('\n');
        }
        out.append('\n')
                .append("| | said incident | said none |\n|---|---|---|\n")
                .append("| incident scene × fps | ")
                .append(tp)
                .append(" | ")
                .append(fn)
                .append(" (misses) |\n")
                .append("| still scene × fps | ")
                .append(fp)
                .append(" (false alarms) | ")
                .append(tn)
                .append(" |\n")
                .append("\n(n/m) = analyses that reported a confirmed incident / analyses run (one a second);"
                        + " \"first at\" = scene time of the first one; \"k too brief\" = analyses that saw motion"
                        + " which did not last motion.confirm_ms (a near miss for a still scene).\n");
        return out.toString();
    }
}
