package io.vigint.http.gate;

import io.vigint.http.logging.RequestIdFilter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Request ids ({@link RequestIdFilter}): the caller's {@value RequestIdFilter#HEADER} when it is 1-64 characters
 * of {@code [A-Za-z0-9._-]}, else a new random UUID.
 */
public final class RequestIds {
    private static final int MAX_LENGTH = 64;

    private RequestIds() {}

    /** The id of a request whose {@value RequestIdFilter#HEADER} header is {@code incoming} (or {@code null}). */
    public static String idFor(String incoming) {
        return isSane(incoming) ? incoming : newId();
    }

    /** Whether {@code id} is 1-64 characters of {@code [A-Za-z0-9._-]}. */
    public static boolean isSane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A random UUID (version 4 layout) from a per-thread generator: request ids must be unique, not unguessable,
     * and {@link UUID#randomUUID()} would serialise every request on one SecureRandom.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
