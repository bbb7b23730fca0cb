package io.vigint.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessChangeGapsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final AccessChangeGaps gaps = new AccessChangeGaps(WAIT, 4);

    @Test
    void theCursorIsUnknownUntilPositioned() {
        assertThat(gaps.positioned()).isFalse();
        assertThat(gaps.cursor()).isEqualTo(-1);

        gaps.position(7);

        assertThat(gaps.positioned()).isTrue();
        assertThat(gaps.cursor()).isEqualTo(7);
        assertThat(gaps.awaited()).isEmpty();
    }

    @Test
    void consecutiveIdsMoveTheCursorAndLeaveNoGap() {
        gaps.position(10);

        gaps.read(11, T0);
        gaps.read(12, T0);

        assertThat(gaps.cursor()).isEqualTo(12);
        assertThat(gaps.awaited()).isEmpty();
    }

    @Test
    void idsSkippedByAReadAreAwaitedOldestFirst() {
        gaps.position(10);

        gaps.read(14, T0);

        assertThat(gaps.cursor()).isEqualTo(14);
        assertThat(gaps.awaited()).containsExactly(11L, 12L, 13L);
    }

    @Test
    void aSkippedIdThatCommitsLaterIsNoLongerAwaitedAndLeavesTheCursor() {
        gaps.position(10);
        gaps.read(13, T0);

        gaps.read(12, T0.plusSeconds(1));

        assertThat(gaps.cursor()).isEqualTo(13);
        assertThat(gaps.awaited()).containsExactly(11L);
    }

    @Test
    void aSkippedIdIsAwaitedUntilItsDeadlineAndNoLonger() {
        gaps.position(10);
        gaps.read(12, T0);

        gaps.expire(T0.plus(WAIT).minusMillis(1));
        assertThat(gaps.awaited()).containsExactly(11L);

        gaps.expire(T0.plus(WAIT));
        assertThat(gaps.awaited()).isEmpty();
    }

    @Test
    void eachSkippedIdHasTheDeadlineOfTheReadThatSkippedIt() {
        gaps.position(10);
        gaps.read(12, T0);
        gaps.read(14, T0.plusSeconds(20));

        gaps.expire(T0.plus(WAIT));

        assertThat(gaps.awaited()).containsExactly(13L);
    }

    @Test
    void aSequenceJumpKeepsOnlyTheLastSkippedIds() {
        gaps.position(10);

        gaps.read(1_000, T0);

        assertThat(gaps.cursor()).isEqualTo(1_000);
        assertThat(gaps.awaited()).containsExactly(996L, 997L, 998L, 999L);
    }

    @Test
    void beyondTheLimitTheOldestSkippedIdsAreDropped() {
        gaps.position(10);
        gaps.read(13, T0);
        gaps.read(17, T0);

        assertThat(gaps.awaited()).containsExactly(12L, 14L, 15L, 16L);
    }
}
