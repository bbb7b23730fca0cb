package io.vigint.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.Region;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.MotionSettings;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The motion analyzer on {@link SyntheticScenes} (frames 200 ms apart). The whole-behaviour check, every
 * scene at 5 to 30 fps through the server's buffers, is {@code scenes.SceneCorpusTest}.
 */
class MotionAnalyzerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final MotionAnalyzer analyzer = new MotionAnalyzer();

    @ParameterizedTest
    @EnumSource(FrameFormat.class)
    void stillSceneWithSensorNoiseIsNoIncident(FrameFormat format) {
        List<Frame> frames = SyntheticScenes.still(15, 8, format, T0, 1);

        Assessment result = analyzer.assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isFalse();
        assertThat(result.riskLevel()).isEqualTo(RiskLevel.NONE);
        assertThat(result.incidentType()).isEqualTo("none");
        assertThat(result.region()).isNull();
        assertThat(result.description())
                .startsWith("No motion")
                .contains("15 frames, each compared with the frame 500 ms earlier");
    }

    @ParameterizedTest
    @EnumSource(FrameFormat.class)
    void objectMovingAcrossTheSceneIsAnIncidentWithWhereAndWhen(FrameFormat format) {
        List<Frame> frames = SyntheticScenes.moving(15, 30, 12, format, T0, 2);

        Assessment result = analyzer.assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isTrue();
        assertThat(result.riskLevel()).isGreaterThanOrEqualTo(RiskLevel.LOW);
        assertThat(result.incidentType()).isEqualTo(MotionAnalyzer.MOTION);
        // frames 200 ms apart: frame 3 (600 ms) is the first with a frame 500 ms before it
        assertThat(result.detectedAt()).isEqualTo(T0.plusMillis(600));
        Region region = result.region();
        // the block: 30 x 60 px from x=20, y=140, moving 12 px right a frame
        assertThat(region.y()).isBetween(130, 140);
        assertThat(region.y() + region.height()).isBetween(200, 210);
        assertThat(region.x()).isLessThanOrEqualTo(30);
        assertThat(region.x() + region.width()).isGreaterThanOrEqualTo(20 + 14 * 12 + 20);
        assertThat(result.description()).startsWith("Motion detected").contains("12 of 12 frames compared");
        assertThat(frames.get(0).notes().motion()).isEmpty();
        assertThat(frames.get(14).notes().motion())
                .hasValueSatisfying(r -> assertThat(r.x()).isGreaterThan(100));
    }

    @Test
    void largerMotionIsAHigherRisk() {
        Assessment small =
                analyzer.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(10, 20, 10, FrameFormat.PNG, T0, 3));
        Assessment large =
                analyzer.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(10, 80, 20, FrameFormat.PNG, T0, 3));

        assertThat(small.incident()).isTrue();
        assertThat(large.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(large.riskLevel()).isGreaterThan(small.riskLevel());
    }

    @Test
    void aSingleChangedFrameIsNoIncidentAtEitherStage() {
        // Until issue 11 screening reported it (consecutive frames differed) and confirmation vetoed it; now
        // motion must last motion.confirm_ms at both stages. The changed frame is seen twice, as the newer
        // frame of one comparison and as the reference of another 600 ms later: two runs of one frame each.
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(5, 4, FrameFormat.JPEG, T0, 4));
        frames.add(SyntheticScenes.moving(1, 40, 0, FrameFormat.JPEG, T0.plusMillis(1000), 5)
                .get(0));
        frames.addAll(SyntheticScenes.still(5, 4, FrameFormat.JPEG, T0.plusMillis(1200), 6));

        Assessment screening = analyzer.assess(AnalysisStage.SCREENING, frames);
        Assessment confirmation = analyzer.assess(AnalysisStage.CONFIRMATION, frames);

        for (Assessment result : List.of(screening, confirmation)) {
            assertThat(result.incident()).isFalse();
            assertThat(result.riskLevel()).isEqualTo(RiskLevel.NONE);
            assertThat(result.description())
                    .isEqualTo("Too brief to be an incident: motion in 2 of 8 compared frames, lasting at most 0 ms,"
                            + " 400 ms needed.");
        }
    }

    @Test
    void sustainedMotionIsConfirmed() {
        Assessment confirmation = analyzer.assess(
                AnalysisStage.CONFIRMATION, SyntheticScenes.moving(10, 30, 12, FrameFormat.JPEG, T0, 9));

        assertThat(confirmation.incident()).isTrue();
        assertThat(confirmation.incidentType()).isEqualTo("motion");
    }

    @Test
    void framesCloserThanTheReferenceTimeCannotShowMotion() {
        Assessment result = analyzer.assess(
                AnalysisStage.CONFIRMATION, SyntheticScenes.moving(3, 30, 12, FrameFormat.JPEG, T0, 10));

        assertThat(result.incident()).isFalse();
        assertThat(result.description())
                .isEqualTo(
                        "Motion needs frames at least 500 ms apart to compare; 3 usable frames, less than that apart.");
    }

    @Test
    void aShorterConfirmTimeReportsBriefMotion() {
        List<Frame> frames = SyntheticScenes.moving(5, 30, 12, FrameFormat.JPEG, T0, 11);
        MotionAnalyzer quick =
                new MotionAnalyzer(MotionSettings.DEFAULTS.withTiming(Duration.ofMillis(500), Duration.ZERO));

        assertThat(analyzer.assess(AnalysisStage.SCREENING, frames).incident()).isFalse();
        assertThat(quick.assess(AnalysisStage.SCREENING, frames).incident()).isTrue();
    }

    @Test
    void stricterThresholdsIgnoreSmallMotion() {
        MotionAnalyzer strict = new MotionAnalyzer(MotionSettings.DEFAULTS.withThresholds(20, 0.5, 0.6, 0.7));

        Assessment result =
                strict.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(8, 30, 12, FrameFormat.JPEG, T0, 6));

        assertThat(result.incident()).isFalse();
    }

    @Test
    void oneFrameCannotShowMotion() {
        Assessment result =
                analyzer.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(1, 30, 12, FrameFormat.JPEG, T0, 7));

        assertThat(result.incident()).isFalse();
        assertThat(result.description()).contains("1 usable frame, less than that apart");
    }

    @Test
    void framesThatDoNotDecodeAreSkippedAndSaidSo() {
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(6, 4, FrameFormat.JPEG, T0, 8));
        frames.add(1, new Frame(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}, FrameFormat.JPEG, T0));

        Assessment result = analyzer.assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isFalse();
        assertThat(result.description()).contains("(1 frames could not be decoded)");
    }

    @Test
    void eachFrameIsDecodedOnceAndItsComparisonKept() {
        List<Frame> frames = SyntheticScenes.moving(12, 30, 12, FrameFormat.JPEG, T0, 12);
        Assessment first = analyzer.assess(AnalysisStage.SCREENING, frames);
        List<LumaGrid> grids = new ArrayList<>();
        for (Frame frame : frames) {
            grids.add(frame.notes().reduced(LumaGrid.class, () -> fail("decoded again")));
        }

        Assessment again = analyzer.assess(AnalysisStage.CONFIRMATION, frames);

        assertThat(again).isEqualTo(first);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(frames.get(i).notes().reduced(LumaGrid.class, () -> fail("decoded again")))
                    .isSameAs(grids.get(i));
        }
        // frame 3 (600 ms) is compared with frame 0; that comparison is kept with it
        assertThat(grids.get(3).comparedWith(grids.get(0), analyzer.settings())).isNotNull();
    }

    @Test
    void framesSharingATimestampAreSpreadUpToTheNext() {
        Instant second = T0.plusSeconds(1);
        List<Frame> frames = new ArrayList<>();
        for (Instant at : List.of(T0, T0, T0, T0, second, second)) {
            frames.add(new Frame(new byte[] {1}, FrameFormat.JPEG, at));
        }

        long[] times = MotionAnalyzer.times(frames);

        long base = T0.toEpochMilli();
        assertThat(times).containsExactly(base, base + 250, base + 500, base + 750, base + 1000, base + 1250);
    }

    @Test
    void timingMustBeInRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withTiming(Duration.ofMillis(199), Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withTiming(Duration.ofMillis(500), Duration.ofSeconds(6)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withTiming(Duration.ofMillis(500), Duration.ofMillis(-1)));
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withThresholds(20, 0.2, 0.1, 0.3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withThresholds(0, 0.01, 0.1, 0.3));
    }
}
