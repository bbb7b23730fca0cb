package io.vigint.core.key;

/**
 * The shape of the API keys the original Vigint issued ({@code secrets.token_urlsafe(32)}): 256 random
 * bits in URL-safe Base64 without padding, 43 characters, with no prefix. Such a key is accepted only
 * when it matches a key imported from an original deployment ({@link ApiKey#legacy()}); every key made
 * here has the {@code vgt_} shape of {@link ApiKeyFormat}. The two shapes never overlap (47 against 43
 * characters).
 */
public final class LegacyKeyFormat {
    /** Length of an original key. */
    public static final int LENGTH = 43;
    /** What the display prefix of an imported key starts with: its plain text was never known here. */
    public static final String DISPLAY_PREFIX = "legacy#";

    private LegacyKeyFormat() {}

    /** True if {@code candidate} has the shape of an original key (it may still be unknown). */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() == LENGTH && SecretFormat.isUrlSafeBase64(candidate, 0);
    }

    /** The display prefix of an imported key: {@code legacy#<its id in the original>}. */
    public static String displayPrefix(long originalId) {
        return DISPLAY_PREFIX + originalId;
    }
}
