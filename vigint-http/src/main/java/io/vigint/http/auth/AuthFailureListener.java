package io.vigint.http.auth;

/**
 * Hears about failed authentication per remote address, and may block an address that fails too often
 * (brute-force throttling). The authentication filter asks {@link #isBlocked} before it verifies a
 * credential it has not seen succeed recently, and answers 429 {@code RATE_LIMITED} with
 * {@code Retry-After: }{@link #retryAfterSeconds} while it is. Only guesses count as failures: an
 * unknown API key, access token, operator key or password; a missing, revoked or expired credential does
 * not (presenting one proves nothing is being guessed).
 *
 * <p>Implementations must be thread-safe and quick: they run on request threads. The addresses are the
 * TCP peers' (a proxy's forwarding headers are not trusted).
 */
public interface AuthFailureListener {
    /** A credential presented from {@code remoteAddress} was refused as unknown. */
    void authenticationFailed(String remoteAddress);

    /** True while requests from {@code remoteAddress} must not have credentials verified. */
    boolean isBlocked(String remoteAddress);

    /** How long a blocked address should wait, in seconds, for {@code Retry-After}; default 60. */
    default long retryAfterSeconds(String remoteAddress) {
        return 60;
    }

    /** Counts nothing and blocks nobody: the binding until a real throttle is bound. */
    static AuthFailureListener none() {
        return NoFailureThrottling.INSTANCE;
    }
}
