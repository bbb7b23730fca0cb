package io.vigint.http.auth;

/**
 * Hears about failed authentication and says when further failures must be slowed down (brute-force
 * throttling). Two kinds of failure are kept apart, so that one party's guesses never lock out someone
 * else's valid credential:
 *
 * <ul>
 *   <li><b>Unknown credentials</b> (an unknown API key, access token or operator key) count per remote
 *       address. While an address {@link #isBlocked is blocked}, the authentication filter still checks
 *       what it presents (a verified key from the cache first, so no database lookup), accepts a valid
 *       credential, and answers 429 {@code RATE_LIMITED} with {@code Retry-After:
 *       }{@link #retryAfterSeconds} instead of 401 for an unknown one.
 *   <li><b>Failed password logins</b> count per (username, address) and per username (a higher limit);
 *       while {@link #isLoginBlocked} says so, {@code POST /auth/token} refuses that username with 429
 *       before the password is checked. Another username from the same address is not affected.
 * </ul>
 *
 * A missing, revoked or expired credential is not a failure (presenting one proves nothing is being
 * guessed). Implementations must be thread-safe and quick: they run on request threads. The addresses
 * are the TCP peers' (a proxy's forwarding headers are not trusted).
 */
public interface AuthFailureListener {
    /** An unknown API key, access token or operator key was presented from {@code remoteAddress}. */
    void authenticationFailed(String remoteAddress);

    /** True while unknown credentials from {@code remoteAddress} are answered 429 instead of 401. */
    boolean isBlocked(String remoteAddress);

    /** How long a blocked address should wait, in seconds, for {@code Retry-After}; default 60. */
    default long retryAfterSeconds(String remoteAddress) {
        return 60;
    }

    /** A password login for {@code username} from {@code remoteAddress} failed; default: not counted. */
    default void loginFailed(String username, String remoteAddress) {}

    /** True while logins for {@code username} from {@code remoteAddress} are refused unchecked; default false. */
    default boolean isLoginBlocked(String username, String remoteAddress) {
        return false;
    }

    /** How long a blocked login should wait, in seconds, for {@code Retry-After}; default 60. */
    default long loginRetryAfterSeconds(String username, String remoteAddress) {
        return 60;
    }

    /** Counts nothing and blocks nobody: the binding until a real throttle is bound. */
    static AuthFailureListener none() {
        return NoFailureThrottling.INSTANCE;
    }
}
