package io.vigint.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.video.analysis.Assessment;
import io.vigint.core.video.analysis.IncidentAnalysis;
import org.junit.jupiter.api.Test;

class MotionAnalyzerBenchmarkTest {
    @Test
    void theWalkingSceneIsAnIncidentInSteadyStateAndTheStillOneIsNot() {
        MotionAnalyzerBenchmark walking = new MotionAnalyzerBenchmark();
        walking.scene = "walking";
        walking.render();
        MotionAnalyzerBenchmark still = new MotionAnalyzerBenchmark();
        still.scene = "still";
        still.render();

        MotionAnalyzerBenchmark.CpuTime cpu = new MotionAnalyzerBenchmark.CpuTime();
        IncidentAnalysis moving = walking.oneCameraSecond(cpu);
        IncidentAnalysis nothing = still.oneCameraSecond(cpu);

        assertThat(moving.hasSecurityIncident()).isTrue();
        assertThat(moving.framesAnalyzed()).isEqualTo(10 * MotionAnalyzerBenchmark.FPS);
        assertThat(nothing.hasSecurityIncident()).isFalse();
        walking.freshWindow();
        assertThat(((Assessment) walking.coldWindow(cpu)).incident()).isTrue();
        assertThat(cpu.operations).isEqualTo(3);
        assertThat(cpu.cpuMicros).isPositive();
    }
}
