package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuthFailureThrottleTest {
    private final AuthFailureThrottle throttle = new AuthFailureThrottle(RateLimitSettings.defaults());

    @Test
    void anAddressIsBlockedAfterTwentyFailuresInAMinute() {
        for (int i = 0; i < 19; i++) {
            throttle.authenticationFailed("192.0.2.1");
        }
        assertThat(throttle.isBlocked("192.0.2.1")).isFalse();

        throttle.authenticationFailed("192.0.2.1");

        assertThat(throttle.isBlocked("192.0.2.1")).isTrue();
        assertThat(throttle.retryAfterSeconds("192.0.2.1")).isBetween(1L, 60L);
    }

    @Test
    void otherAddressesAreNotBlocked() {
        for (int i = 0; i < 25; i++) {
            throttle.authenticationFailed("192.0.2.1");
        }

        assertThat(throttle.isBlocked("192.0.2.2")).isFalse();
        assertThat(throttle.isBlocked("2001:db8::1")).isFalse();
    }

    @Test
    void theNumberOfFailuresAllowedIsConfigurable() {
        AuthFailureThrottle strict = new AuthFailureThrottle(2);
        strict.authenticationFailed("192.0.2.1");
        assertThat(strict.isBlocked("192.0.2.1")).isFalse();

        strict.authenticationFailed("192.0.2.1");

        assertThat(strict.isBlocked("192.0.2.1")).isTrue();
    }
}
