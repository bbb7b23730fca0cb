package io.vigint.core.port;

import java.security.SecureRandom;

/** Cryptographically strong random bytes, used for secrets. Implementations must be thread-safe. */
@FunctionalInterface
public interface RandomSource {
    /** Fills {@code bytes} with random bytes. */
    void nextBytes(byte[] bytes);

    /** The default: one shared {@link SecureRandom} (thread-safe, seeded by the platform). */
    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }
}
