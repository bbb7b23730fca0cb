package io.vigint.core.key;

import io.vigint.core.port.RandomSource;

/**
 * The shape of client API keys: {@value #PREFIX} followed by 256 random bits in URL-safe Base64
 * without padding (43 characters), 47 characters in all; {@link SecretFormat#CLIENT_KEY} under
 * named constants.
 */
public final class ApiKeyFormat {
    /** Every key starts with this. */
    public static final String PREFIX = "vgt_";
    /** Random bytes per key (256 bits). */
    public static final int RANDOM_BYTES = SecretFormat.RANDOM_BYTES;
    /** Length of a whole key. */
    public static final int LENGTH = PREFIX.length() + 43;
    /** Length of the display prefix kept in storage. */
    public static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 8;

    private static final SecretFormat FORMAT = SecretFormat.CLIENT_KEY;

    private ApiKeyFormat() {}

    /** A new plain-text key from {@code random}. */
    public static String generate(RandomSource random) {
        return FORMAT.generate(random);
    }

    /** The characters of {@code plainKey} that may be stored and shown. */
    public static String displayPrefix(String plainKey) {
        return FORMAT.displayPrefix(plainKey);
    }

    /** True if {@code candidate} has the shape of a key (it may still be unknown). */
    public static boolean isWellFormed(String candidate) {
        return FORMAT.isWellFormed(candidate);
    }
}
