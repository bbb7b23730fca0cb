package io.vigint.core.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.media.MotionAnalyzer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentAnalysisServiceTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ClientId ALICE = new ClientId(1);
    private static final ClientId BOB = new ClientId(2);

    private final MutableClock clock = new MutableClock(T0.plusSeconds(10));
    private final StaticFrameWindows windows = new StaticFrameWindows(15);

    /** An analyzer that answers from a script per stage and records what it was shown. */
    private static final class ScriptedAnalyzer implements IncidentAnalyzer {
        final Map<AnalysisStage, Assessment> answers;
        final List<String> calls = new ArrayList<>();

        ScriptedAnalyzer(Map<AnalysisStage, Assessment> answers) {
            this.answers = answers;
        }

        @Override
        public Assessment assess(AnalysisStage stage, List<Frame> frames) {
            calls.add(stage + " " + frames.size());
            return answers.get(stage);
        }
    }

    private static final Assessment INTRUSION =
            new Assessment(true, RiskLevel.MEDIUM, "intrusion", "Someone climbs the fence.");
    private static final Assessment CONFIRMED =
            new Assessment(true, RiskLevel.HIGH, "intrusion", "A person climbs the fence and enters the yard.");
    private static final Assessment NOTHING = Assessment.nothing("A cat walks by; nothing of concern.");

    @Test
    void screeningThatSeesNothingIsTheAnswerWithoutConfirmation() {
        windows.put(ALICE, "default", frames(30));
        var analyzer = new ScriptedAnalyzer(Map.of(AnalysisStage.SCREENING, NOTHING));

        IncidentAnalysis result = service(analyzer).analyze(AnalyzeIncidentCommand.defaultSource(ALICE));

        assertThat(analyzer.calls).containsExactly("SCREENING 15");
        assertThat(result)
                .isEqualTo(new IncidentAnalysis(
                        false, RiskLevel.NONE, "none", NOTHING.description(), 15, false, clock.instant()));
    }

    @Test
    void confirmationOnTheLongWindowConfirmsTheIncident() {
        windows.put(ALICE, "door", frames(30));
        var analyzer =
                new ScriptedAnalyzer(Map.of(AnalysisStage.SCREENING, INTRUSION, AnalysisStage.CONFIRMATION, CONFIRMED));

        IncidentAnalysis result = service(analyzer).analyze(new AnalyzeIncidentCommand(ALICE, "door"));

        assertThat(analyzer.calls).containsExactly("SCREENING 15", "CONFIRMATION 30");
        assertThat(result)
                .isEqualTo(new IncidentAnalysis(
                        true, RiskLevel.HIGH, "intrusion", CONFIRMED.description(), 30, true, clock.instant()));
    }

    @Test
    void confirmationVetoesWhatScreeningReported() {
        windows.put(ALICE, "default", frames(30));
        var analyzer =
                new ScriptedAnalyzer(Map.of(AnalysisStage.SCREENING, INTRUSION, AnalysisStage.CONFIRMATION, NOTHING));

        IncidentAnalysis result = service(analyzer).analyze(AnalyzeIncidentCommand.defaultSource(ALICE));

        assertThat(result.hasSecurityIncident()).isFalse();
        assertThat(result.confirmed()).isFalse();
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.NONE);
        assertThat(result.incidentType()).isEqualTo("none");
        assertThat(result.framesAnalyzed()).isEqualTo(30);
        assertThat(result.analysis())
                .startsWith("Not confirmed: screening of the last 15 frames reported intrusion (MEDIUM)")
                .endsWith(NOTHING.description());
        assertThat(result.vetoed()).isTrue();
        assertThat(result.screeningReportedIncident()).isTrue();
        assertThat(result.vetoReason())
                .isEqualTo("Not confirmed: screening of the last 15 frames reported intrusion (MEDIUM), but the 30"
                        + " frames of the long window do not show an incident.");
        assertThat(result.analysis()).isEqualTo(result.vetoReason() + " " + NOTHING.description());
    }

    @Test
    void onlyAVetoHasAVetoReason() {
        windows.put(ALICE, "default", frames(30));
        IncidentAnalysis nothing = service(new ScriptedAnalyzer(Map.of(AnalysisStage.SCREENING, NOTHING)))
                .analyze(AnalyzeIncidentCommand.defaultSource(ALICE));
        IncidentAnalysis confirmed = service(new ScriptedAnalyzer(
                        Map.of(AnalysisStage.SCREENING, INTRUSION, AnalysisStage.CONFIRMATION, CONFIRMED)))
                .analyze(AnalyzeIncidentCommand.defaultSource(ALICE));

        assertThat(nothing.vetoReason()).isNull();
        assertThat(nothing.screeningReportedIncident()).isFalse();
        assertThat(confirmed.vetoReason()).isNull();
        assertThat(confirmed.screeningReportedIncident()).isTrue();
        assertThatThrownBy(() -> new IncidentAnalysis(
                        true, RiskLevel.HIGH, "intrusion", "x", 3, true, clock.instant(), null, null, "vetoed"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localAnalyzerDoesNotReportASingleChangedFrameAtAll() {
        // Until issue 11 screening reported a single changed frame as motion and confirmation vetoed it; the
        // analyzer now asks that motion last (motion.confirm_ms) at both stages, so screening says no.
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(29, 4, FrameFormat.JPEG, T0, 1));
        frames.add(SyntheticScenes.moving(1, 40, 0, FrameFormat.JPEG, T0.plusSeconds(6), 2)
                .get(0));
        windows.put(ALICE, "default", frames);

        IncidentAnalysis result = service(new MotionAnalyzer()).analyze(AnalyzeIncidentCommand.defaultSource(ALICE));

        assertThat(result.hasSecurityIncident()).isFalse();
        assertThat(result.confirmed()).isFalse();
        assertThat(result.framesAnalyzed()).isEqualTo(15);
        assertThat(result.motionRegion()).isNull();
        assertThat(result.detectedAt()).isNull();
        assertThat(result.analysis()).startsWith("Too brief to be an incident: motion in 1 of");
    }

    @Test
    void localAnalyzerFindsAndConfirmsAMovingObjectAndSaysWhereAndWhen() {
        List<Frame> frames = SyntheticScenes.moving(20, 30, 10, FrameFormat.JPEG, T0, 3);
        windows.put(ALICE, "default", frames);

        IncidentAnalysis result = service(new MotionAnalyzer()).analyze(AnalyzeIncidentCommand.defaultSource(ALICE));

        assertThat(result.hasSecurityIncident()).isTrue();
        assertThat(result.confirmed()).isTrue();
        assertThat(result.incidentType()).isEqualTo("motion");
        assertThat(result.framesAnalyzed()).isEqualTo(20);
        // the block is 30 x 60 px, feet 40 px above the bottom, moving right from x=20 by 10 px a frame
        assertThat(result.motionRegion().y()).isBetween(110, 140);
        assertThat(result.motionRegion().x()).isLessThan(60);
        assertThat(result.motionRegion().x() + result.motionRegion().width()).isGreaterThan(200);
        assertThat(result.detectedAt()).isBetween(T0.plusMillis(500), T0.plusMillis(1000));
        assertThat(frames.get(frames.size() - 1).notes().motion()).isPresent();
    }

    @Test
    void aSourceWithoutFramesIsRefusedWithNoFrames() {
        windows.put(BOB, "default", frames(5));
        var analyzer = new ScriptedAnalyzer(Map.of());

        assertThatThrownBy(() -> service(analyzer).analyze(AnalyzeIncidentCommand.defaultSource(ALICE)))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.NO_FRAMES);
                    assertThat(e.details()).containsEntry("source_id", "default");
                });
        assertThat(analyzer.calls).isEmpty();
    }

    @Test
    void onlyTheCallersOwnWindowsAreRead() {
        windows.put(ALICE, "default", frames(3)).put(BOB, "default", frames(3));
        var analyzer =
                new ScriptedAnalyzer(Map.of(AnalysisStage.SCREENING, INTRUSION, AnalysisStage.CONFIRMATION, CONFIRMED));

        service(analyzer).analyze(AnalyzeIncidentCommand.defaultSource(BOB));

        assertThat(windows.reads()).containsExactly("short 2/default", "long 2/default");
    }

    @Test
    void anAnalyzerWithoutAnAnswerIsAFailedAnalysis() {
        windows.put(ALICE, "default", frames(3));
        var analyzer = new ScriptedAnalyzer(Map.of());

        assertThatThrownBy(() -> service(analyzer).analyze(AnalyzeIncidentCommand.defaultSource(ALICE)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_FAILED));
    }

    @Test
    void commandDefaultsTheSourceAndRefusesUnusableOnes() {
        assertThat(new AnalyzeIncidentCommand(ALICE, "  ").sourceId()).isEqualTo("default");
        assertThat(new AnalyzeIncidentCommand(ALICE, " cam-1 ").sourceId()).isEqualTo("cam-1");
        assertThatThrownBy(() -> new AnalyzeIncidentCommand(ALICE, "x".repeat(129)))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.details()).containsEntry("field", "source_id");
                });
        assertThatThrownBy(() -> new AnalyzeIncidentCommand(ALICE, "cam\n1")).isInstanceOf(VigintException.class);
        // the same rule as buffering: a source no frame can be buffered under is refused, not "no frames"
        for (String unusable : new String[] {"x".repeat(65), "../x", "cam 1", "<script>"}) {
            assertThatThrownBy(() -> new AnalyzeIncidentCommand(ALICE, unusable))
                    .as(unusable)
                    .isInstanceOfSatisfying(
                            VigintException.class, e -> assertThat(e.details()).containsEntry("field", "source_id"));
        }
    }

    @Test
    void riskLevelsParseIgnoringCase() {
        assertThat(RiskLevel.parse(" High ")).contains(RiskLevel.HIGH);
        assertThat(RiskLevel.parse("critical")).contains(RiskLevel.HIGH);
        assertThat(RiskLevel.parse("none")).contains(RiskLevel.NONE);
        assertThat(RiskLevel.parse("severe")).isEmpty();
        assertThat(RiskLevel.parse("low")).contains(RiskLevel.LOW);
        assertThat(RiskLevel.MEDIUM.label()).as("the original's upper case").isEqualTo("MEDIUM");
    }

    private IncidentAnalysisService service(IncidentAnalyzer analyzer) {
        return new IncidentAnalysisService(windows, analyzer, clock);
    }

    private static List<Frame> frames(int count) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(new Frame(new byte[] {(byte) i}, FrameFormat.JPEG, T0.plusMillis(200L * i)));
        }
        return frames;
    }
}
