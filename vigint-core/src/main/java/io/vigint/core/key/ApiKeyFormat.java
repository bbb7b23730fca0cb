package io.vigint.core.key;

import io.vigint.core.port.RandomSource;
import java.util.Base64;

/**
 * The shape of Vigint API keys: {@value #PREFIX} followed by 256 random bits in URL-safe Base64
 * without padding (43 characters), 47 characters in all. The fixed prefix lets secret scanners find
 * leaked keys; the fixed shape lets authentication reject garbage without a database lookup.
 */
public final class ApiKeyFormat {
    /** Every key starts with this. */
    public static final String PREFIX = "vgt_";
    /** Random bytes per key (256 bits). */
    public static final int RANDOM_BYTES = 32;
    /** Length of a whole key. */
    public static final int LENGTH = PREFIX.length() + 43;
    /** Length of the display prefix kept in storage. */
    public static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 8;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ApiKeyFormat() {}

    /** A new plain-text key from {@code random}. */
    public static String generate(RandomSource random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + ENCODER.encodeToString(bytes);
    }

    /** The characters of {@code plainKey} that may be stored and shown. */
    public static String displayPrefix(String plainKey) {
        return plainKey.substring(0, DISPLAY_PREFIX_LENGTH);
    }

    /** True if {@code candidate} has the shape of a key (it may still be unknown). */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            char c = candidate.charAt(i);
            boolean ok =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
