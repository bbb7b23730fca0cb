package io.vigint.core.port;

/**
 * A keyed message authentication code over text: HMAC-SHA256 under a server key in production (vigint-security).
 * The key never leaves the implementation. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface MessageAuthenticator {
    /** The code of {@code message} (its UTF-8 bytes) under this authenticator's key. */
    byte[] sign(String message);
}
