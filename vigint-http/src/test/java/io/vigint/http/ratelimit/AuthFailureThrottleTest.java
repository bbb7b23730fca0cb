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

    @Test
    void failedLoginsBlockThatUsernameFromThatAddressOnly() {
        for (int i = 0; i < 20; i++) {
            throttle.loginFailed("victim", "192.0.2.1");
        }

        assertThat(throttle.isLoginBlocked("victim", "192.0.2.1")).isTrue();
        assertThat(throttle.isLoginBlocked(" VICTIM ", "192.0.2.1"))
                .as("usernames are folded")
                .isTrue();
        assertThat(throttle.loginRetryAfterSeconds("victim", "192.0.2.1")).isBetween(1L, 60L);
        assertThat(throttle.isLoginBlocked("colleague", "192.0.2.1")).isFalse();
        assertThat(throttle.isLoginBlocked("victim", "192.0.2.2")).isFalse();
        assertThat(throttle.isBlocked("192.0.2.1"))
                .as("failed logins do not block the address's keys and tokens")
                .isFalse();
    }

    @Test
    void aUsernameIsBlockedEverywhereAfterFiveTimesAsManyFailuresFromManyAddresses() {
        for (int i = 0; i < 99; i++) {
            throttle.loginFailed("victim", "192.0.2." + (i % 50));
        }
        assertThat(throttle.isLoginBlocked("victim", "198.51.100.7")).isFalse();

        throttle.loginFailed("victim", "192.0.2.99");

        assertThat(throttle.isLoginBlocked("victim", "198.51.100.7")).isTrue();
        assertThat(throttle.isLoginBlocked("someone-else", "198.51.100.7")).isFalse();
    }

    @Test
    void guessedKeysDoNotBlockLogins() {
        for (int i = 0; i < 25; i++) {
            throttle.authenticationFailed("192.0.2.1");
        }

        assertThat(throttle.isBlocked("192.0.2.1")).isTrue();
        assertThat(throttle.isLoginBlocked("victim", "192.0.2.1")).isFalse();
    }

    @Test
    void aNullUsernameCountsAsTheEmptyOne() {
        for (int i = 0; i < 20; i++) {
            throttle.loginFailed(null, "192.0.2.1");
        }

        assertThat(throttle.isLoginBlocked("", "192.0.2.1")).isTrue();
        assertThat(throttle.isLoginBlocked(null, "192.0.2.1")).isTrue();
    }
}
