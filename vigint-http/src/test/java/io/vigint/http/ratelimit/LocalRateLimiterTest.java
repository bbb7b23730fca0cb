package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aLimitMustBePositive() {
        assertThatThrownBy(() -> limiter.tryConsume("client:1", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
