package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

class LocalRateLimiterTest {
    private final LocalRateLimiter limiter = new LocalRateLimiter();

    @Test
    void aBudgetOfNAllowsNRequestsAndRefusesTheNext() {
        for (int i = 1; i <= 60; i++) {
            RateLimitDecision decision = limiter.tryConsume("client:1", 60);
            assertThat(decision.allowed()).isTrue();
            assertThat(decision.remaining()).isEqualTo(60 - i);
            assertThat(decision.retryAfterSeconds()).isZero();
        }

        RateLimitDecision refused = limiter.tryConsume("client:1", 60);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(60);
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 60L);
        assertThat(refused.resetSeconds()).isBetween(1L, 60L);
    }

    @Test
    void aBucketKeyCountsInTheBucketOfItsKeyAndBudget() {
        BucketKey key = new BucketKey("client:7", Budget.perMinute(3));
        assertThat(limiter.tryConsume(key, 1).remaining()).isEqualTo(2);
        assertThat(limiter.tryConsume("client:7", 3).remaining()).isEqualTo(1);
        assertThat(limiter.tryConsume(new BucketKey("client:7", Budget.perMinute(3)), 1)
                        .remaining())
                .isZero();
        assertThat(limiter.tryConsume(key, 1).allowed()).isFalse();
        // Another budget for the same key is another bucket, as with the key and budget given apart.
        assertThat(limiter.tryConsume(new BucketKey("client:7", Budget.perMinute(5)), 1)
                        .remaining())
                .isEqualTo(4);
        assertThatThrownBy(() -> limiter.tryConsume(key, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysHaveSeparateBudgets() {
        limiter.tryConsume("client:1", 1);

        assertThat(limiter.tryConsume("client:1", 1).allowed()).isFalse();
        assertThat(limiter.tryConsume("client:2", 1).allowed()).isTrue();
    }

    @Test
    void aChangedLimitStartsAFreshBudgetAtTheNewCapacity() {
        limiter.tryConsume("client:1", 1);
        assertThat(limiter.tryConsume("client:1", 1).allowed()).isFalse();

        RateLimitDecision raised = limiter.tryConsume("client:1", 5);

        assertThat(raised.allowed()).isTrue();
        assertThat(raised.limit()).isEqualTo(5);
        assertThat(raised.remaining()).isEqualTo(4);
    }

    /** Bucket time that tests move by hand. */
    private static final class HandClock implements TimeMeter {
        private long nanos;

        void advanceMillis(long millis) {
            nanos += millis * 1_000_000;
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void aCameraAt25FramesASecondIsNeverRefusedByTheDefaultFrameLimitInAnHour() {
        HandClock clock = new HandClock();
        LocalRateLimiter timed = new LocalRateLimiter(1000, clock);
        Budget frames = IngestLimitSettings.defaults().frames(IngestLimitSettings.DEFAULT_FRAMES_PER_SECOND);

        for (int frame = 0; frame < 25 * 3600; frame++) {
            assertThat(timed.tryConsume("door", frames, 1).allowed())
                    .as("frame %d", frame)
                    .isTrue();
            clock.advanceMillis(40);
        }
    }

    @Test
    void aCameraAt25FramesASecondOf100KbJpegsIsNeverRefusedByTheDefaultByteLimitInAnHourEvenWithThreeOthers() {
        HandClock clock = new HandClock();
        LocalRateLimiter timed = new LocalRateLimiter(1000, clock);
        Budget bytes = IngestLimitSettings.defaults().bytes(IngestLimitSettings.DEFAULT_BYTES_PER_SECOND);

        for (int frame = 0; frame < 25 * 3600; frame++) {
            for (int camera = 0; camera < 3; camera++) {
                assertThat(timed.tryConsume("client", bytes, 100_000).allowed())
                        .as("frame %d of camera %d", frame, camera)
                        .isTrue();
            }
            clock.advanceMillis(40);
        }
    }

    @Test
    void aSourceFasterThanItsRateIsRefusedOnceItsBurstIsSpentAndMayGoOnAtTheRate() {
        HandClock clock = new HandClock();
        LocalRateLimiter timed = new LocalRateLimiter(1000, clock);
        Budget frames = new IngestLimitSettings(30, 1_000_000, 5).frames(30);
        assertThat(frames.capacity()).isEqualTo(150);

        int accepted = 0;
        RateLimitDecision refused = null;
        for (int frame = 0; frame < 40 * 60 && refused == null; frame++) {
            RateLimitDecision decision = timed.tryConsume("door", frames, 1);
            if (decision.allowed()) {
                accepted++;
            } else {
                refused = decision;
            }
            clock.advanceMillis(25);
        }

        // At 40 a second against 30 a second and a burst of 150, the bucket empties after 15 s (600 frames).
        assertThat(refused).isNotNull();
        assertThat(accepted).isBetween(595, 605);
        assertThat(refused.limit()).isEqualTo(150);
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.resetSeconds()).isEqualTo(5);
        clock.advanceMillis(1000);
        int nextSecond = 0;
        while (timed.tryConsume("door", frames, 1).allowed()) {
            nextSecond++;
        }
        assertThat(nextSecond).as("a second later, a second's worth comes back").isBetween(30, 31);
    }

    @Test
    void aBatchTakesOneTokenAFrameAndARefundGivesThemBack() {
        Budget frames = Budget.perSecond(10, 1);

        RateLimitDecision batch = limiter.tryConsume("door", frames, 7);
        assertThat(batch.allowed()).isTrue();
        assertThat(batch.remaining()).isEqualTo(3);
        RateLimitDecision tooMany = limiter.tryConsume("door", frames, 4);
        assertThat(tooMany.allowed()).isFalse();
        assertThat(tooMany.remaining()).isEqualTo(3);

        limiter.refund("door", frames, 7);

        assertThat(limiter.tryConsume("door", frames, 10).allowed()).isTrue();
        assertThatThrownBy(() -> limiter.tryConsume("door", frames, 11))
                .as("more than a full bucket could never pass")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryConsume("door", frames, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPerMinuteBudgetIsStoredUnderItsLimitAloneAsBeforeIngestBudgetsExisted() {
        assertThat(Budget.perMinute(60).id()).isEqualTo("60");
        assertThat(Budget.perSecond(30, 5).id())
                .isNotEqualTo(Budget.perSecond(30, 4).id());
        assertThat(Budget.perSecond(30, 5).id()).isNotEqualTo("150");
    }

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> limiter.tryConsume("client:1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
