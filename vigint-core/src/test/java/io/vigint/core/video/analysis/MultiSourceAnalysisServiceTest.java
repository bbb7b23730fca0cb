package io.vigint.core.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.StaticFrameWindows;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MultiSourceAnalysisServiceTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ClientId ALICE = new ClientId(1);
    private static final ClientId BOB = new ClientId(2);

    /** What the scripted analyzer does with a window, chosen by its frames' first byte. */
    private static final byte STILL = 0;

    private static final byte INCIDENT = 1;
    private static final byte VETOED = 2;
    private static final byte ANALYZER_DOWN = 3;

    private final MutableClock clock = new MutableClock(T0.plusSeconds(10));
    private final StaticFrameWindows windows = new StaticFrameWindows(3);

    /** Screening and confirmation as the frames say: still, incident, vetoed (screening only) or down. */
    private static final IncidentAnalyzer SCRIPTED = (stage, frames) -> {
        byte kind = frames.get(0).data()[0];
        if (kind == ANALYZER_DOWN) {
            throw new VigintException(CoreErrorCode.ANALYZER_UNAVAILABLE, "The analyzer is down");
        }
        boolean incident = kind == INCIDENT || (kind == VETOED && stage == AnalysisStage.SCREENING);
        return incident
                ? new Assessment(true, RiskLevel.HIGH, "intrusion", "Someone climbs the fence.")
                : Assessment.nothing("Nothing happens.");
    };

    private final MultiSourceAnalysisService service =
            new MultiSourceAnalysisService(windows, new IncidentAnalysisService(windows, SCRIPTED, clock), clock);

    @Test
    void withoutSourceIdsEveryOneOfTheCallersSourcesIsAnalyzedAndNoneOfAnotherClients() {
        windows.put(ALICE, "gate", frames(INCIDENT, 6))
                .put(ALICE, "door", frames(STILL, 5))
                .put(BOB, "yard", frames(INCIDENT, 4));

        SourcesAnalysis result = service.analyzeSources(AnalyzeSourcesCommand.allSources(ALICE));

        assertThat(result.sources()).extracting(SourceAnalysis::sourceId).containsExactly("door", "gate");
        assertThat(result.sources()).allMatch(SourceAnalysis::wasAnalyzed);
        assertThat(result.sources().get(1).analysis().hasSecurityIncident()).isTrue();
        assertThat(result.sources().get(1).bufferSize()).isEqualTo(6);
        assertThat(result.sources().get(0).analysis().hasSecurityIncident()).isFalse();
        assertThat(result.timestamp()).isEqualTo(clock.instant());
        assertThat(windows.reads()).allMatch(read -> read.contains(" 1/") || read.equals("sources 1"));
    }

    @Test
    void namedSourcesAreAnalyzedInTheirOrderOnceAndAnotherClientsSourceIsJustOneWithoutFrames() {
        windows.put(ALICE, "gate", frames(VETOED, 6)).put(BOB, "yard", frames(INCIDENT, 4));

        SourcesAnalysis result =
                service.analyzeSources(new AnalyzeSourcesCommand(ALICE, List.of("yard", " gate ", "gate", "nowhere")));

        assertThat(result.sources()).extracting(SourceAnalysis::sourceId).containsExactly("yard", "gate", "nowhere");
        SourceAnalysis yard = result.sources().get(0);
        assertThat(yard.wasAnalyzed()).isFalse();
        assertThat(yard.failure()).isEqualTo(CoreErrorCode.NO_FRAMES);
        assertThat(yard.bufferSize()).isZero();
        assertThat(result.sources().get(2).failure()).isEqualTo(CoreErrorCode.NO_FRAMES);
        assertThat(result.sources().get(1).analysis().vetoed()).isTrue();
        assertThat(windows.reads()).noneMatch(read -> read.contains(" 2/"));
        assertThat(result.analyzed()).isEqualTo(1);
        assertThat(result.reportedByScreening()).isEqualTo(1);
        assertThat(result.vetoed()).isEqualTo(1);
        assertThat(result.confirmed()).isZero();
    }

    @Test
    void theCountsAddUpOverConfirmedVetoedAndStillSources() {
        windows.put(ALICE, "a", frames(INCIDENT, 4))
                .put(ALICE, "b", frames(VETOED, 4))
                .put(ALICE, "c", frames(INCIDENT, 4))
                .put(ALICE, "d", frames(STILL, 4));

        SourcesAnalysis result = service.analyzeSources(AnalyzeSourcesCommand.allSources(ALICE));

        assertThat(result.analyzed()).isEqualTo(4);
        assertThat(result.reportedByScreening()).isEqualTo(3);
        assertThat(result.confirmed()).isEqualTo(2);
        assertThat(result.vetoed()).isEqualTo(1);
    }

    @Test
    void aClientWithoutAnySourceIsNoFrames() {
        windows.put(BOB, "yard", frames(INCIDENT, 4));

        assertThatThrownBy(() -> service.analyzeSources(AnalyzeSourcesCommand.allSources(ALICE)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.NO_FRAMES));
    }

    @Test
    void aFailedAnalyzerFailsOnlyItsSourceUnlessNoSourceCouldBeAnalyzed() {
        windows.put(ALICE, "down", frames(ANALYZER_DOWN, 4)).put(ALICE, "up", frames(STILL, 4));

        SourcesAnalysis partly = service.analyzeSources(AnalyzeSourcesCommand.allSources(ALICE));

        assertThat(partly.sources().get(0).failure()).isEqualTo(CoreErrorCode.ANALYZER_UNAVAILABLE);
        assertThat(partly.sources().get(0).message()).isEqualTo("The analyzer is down");
        assertThat(partly.sources().get(1).wasAnalyzed()).isTrue();
        assertThatThrownBy(() -> service.analyzeSources(new AnalyzeSourcesCommand(ALICE, List.of("down", "none"))))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.ANALYZER_UNAVAILABLE));
    }

    @Test
    void theCommandRefusesIdsNoFrameCanHaveAndTooManyIds() {
        List<String> many = new ArrayList<>(IntStream.range(0, AnalyzeSourcesCommand.MAX_SOURCE_IDS)
                .mapToObj(i -> "cam-" + i)
                .toList());
        assertThat(new AnalyzeSourcesCommand(ALICE, many).sourceIds()).hasSize(AnalyzeSourcesCommand.MAX_SOURCE_IDS);
        many.add("cam-0");
        assertThat(new AnalyzeSourcesCommand(ALICE, many).sourceIds())
                .as("a repeated id counts once")
                .hasSize(AnalyzeSourcesCommand.MAX_SOURCE_IDS);
        many.add("one-too-many");
        List<List<String>> refused = List.of(
                many, List.of("../etc"), List.of("x".repeat(65)), Collections.singletonList(null), List.of(" "));
        for (List<String> ids : refused) {
            assertThatThrownBy(() -> new AnalyzeSourcesCommand(ALICE, ids))
                    .isInstanceOfSatisfying(VigintException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                        assertThat(e.details()).containsEntry("field", "source_ids");
                    });
        }
        assertThat(new AnalyzeSourcesCommand(ALICE, null).allOfTheClientsSources())
                .isTrue();
    }

    private static List<Frame> frames(byte kind, int count) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(new Frame(new byte[] {kind, (byte) i}, FrameFormat.JPEG, T0.plusMillis(200L * i)));
        }
        return frames;
    }
}
