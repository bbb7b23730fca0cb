package io.vigint.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import io.vigint.core.video.analysis.AnalysisStage;
import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.MotionSettings;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        assertThat(result.description()).startsWith("No motion").contains("15 frames");
    }

    @ParameterizedTest
    @EnumSource(FrameFormat.class)
    void objectMovingAcrossTheSceneIsAnIncident(FrameFormat format) {
        List<Frame> frames = SyntheticScenes.moving(15, 30, 12, format, T0, 2);

        Assessment result = analyzer.assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isTrue();
        assertThat(result.riskLevel()).isGreaterThanOrEqualTo(RiskLevel.LOW);
        assertThat(result.incidentType()).isEqualTo(MotionAnalyzer.MOTION);
        assertThat(result.description()).startsWith("Motion detected").contains(" of 14 frame pairs");
    }

    @Test
    void largerAndFasterMotionIsAHigherRisk() {
        Assessment small =
                analyzer.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(6, 12, 6, FrameFormat.PNG, T0, 3));
        Assessment large =
                analyzer.assess(AnalysisStage.SCREENING, SyntheticScenes.moving(6, 60, 40, FrameFormat.PNG, T0, 3));

        assertThat(small.incident()).isTrue();
        assertThat(large.riskLevel()).isEqualTo(RiskLevel.HIGH);
        assertThat(large.riskLevel()).isGreaterThan(small.riskLevel());
    }

    @Test
    void aSingleChangedFrameIsMotionToScreeningButTooBriefToConfirm() {
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(5, 4, FrameFormat.JPEG, T0, 4));
        frames.add(SyntheticScenes.moving(1, 40, 0, FrameFormat.JPEG, T0.plusSeconds(2), 5)
                .get(0));

        Assessment screening = analyzer.assess(AnalysisStage.SCREENING, frames);
        Assessment confirmation = analyzer.assess(AnalysisStage.CONFIRMATION, frames);

        assertThat(screening.incident()).isTrue();
        assertThat(screening.description()).contains("1 of 5 frame pairs").contains("between frames 5 and 6");
        assertThat(confirmation.incident()).isFalse();
        assertThat(confirmation.riskLevel()).isEqualTo(RiskLevel.NONE);
        assertThat(confirmation.description())
                .startsWith("Too brief to confirm")
                .contains("in only 1 of 5 frame pairs, 3 needed");
    }

    @Test
    void sustainedMotionIsConfirmed() {
        Assessment confirmation = analyzer.assess(
                AnalysisStage.CONFIRMATION, SyntheticScenes.moving(10, 30, 12, FrameFormat.JPEG, T0, 9));

        assertThat(confirmation.incident()).isTrue();
        assertThat(confirmation.incidentType()).isEqualTo("motion");
    }

    @Test
    void aShortLongWindowNeedsMotionInAllItsPairs() {
        Assessment confirmation = analyzer.assess(
                AnalysisStage.CONFIRMATION, SyntheticScenes.moving(2, 30, 12, FrameFormat.JPEG, T0, 10));

        assertThat(confirmation.incident()).isTrue();
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
        assertThat(result.description()).contains("two frames or more").contains("1 usable frame");
    }

    @Test
    void framesThatDoNotDecodeAreSkippedAndSaidSo() {
        List<Frame> frames = new ArrayList<>(SyntheticScenes.still(3, 4, FrameFormat.JPEG, T0, 8));
        frames.add(1, new Frame(new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3}, FrameFormat.JPEG, T0));

        Assessment result = analyzer.assess(AnalysisStage.SCREENING, frames);

        assertThat(result.incident()).isFalse();
        assertThat(result.description()).contains("1 frames could not be decoded");
    }

    @Test
    void thresholdsMustBeOrdered() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withThresholds(20, 0.2, 0.1, 0.3));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withThresholds(0, 0.01, 0.1, 0.3));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MotionSettings.DEFAULTS.withTiming(
                        java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(400)));
    }
}
