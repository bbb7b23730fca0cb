package io.vigint.core.key;

import io.vigint.core.port.RandomSource;
import java.util.Base64;

/**
 * The shape of a Vigint bearer secret: a fixed four-character prefix followed by 256 random bits in
 * URL-safe Base64 without padding (43 characters). The prefix says what the secret is and lets secret
 * scanners find leaked ones; the fixed shape lets authentication refuse garbage without a lookup.
 */
public final class SecretFormat {
    /** Client API keys: {@code vgt_…}. */
    public static final SecretFormat CLIENT_KEY = new SecretFormat("vgt_");
    /** Operator keys for the admin API: {@code vgo_…}. */
    public static final SecretFormat OPERATOR_KEY = new SecretFormat("vgo_");

    /** Random bytes per secret (256 bits). */
    public static final int RANDOM_BYTES = 32;

    private static final int BODY_LENGTH = 43;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String prefix;

    private SecretFormat(String prefix) {
        this.prefix = prefix;
    }

    /** What every secret of this kind starts with. */
    public String prefix() {
        return prefix;
    }

    /** Length of a whole secret. */
    public int length() {
        return prefix.length() + BODY_LENGTH;
    }

    /** Length of the display prefix that may be stored and shown. */
    public int displayPrefixLength() {
        return prefix.length() + 8;
    }

    /** A new plain-text secret from {@code random}. */
    public String generate(RandomSource random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return prefix + ENCODER.encodeToString(bytes);
    }

    /** The characters of {@code plain} that may be stored and shown. */
    public String displayPrefix(String plain) {
        return plain.substring(0, displayPrefixLength());
    }

    /** True if {@code candidate} has the shape of a secret of this kind (it may still be unknown). */
    public boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != length() || !candidate.startsWith(prefix)) {
            return false;
        }
        return isUrlSafeBase64(candidate, prefix.length());
    }

    /**
     * True if every character of {@code text} from {@code from} on is of the URL-safe Base64 alphabet
     * ({@code A-Z a-z 0-9 - _}). A plain loop, not a regular expression: this runs on every request.
     */
    static boolean isUrlSafeBase64(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= URL_SAFE_BASE64.length || !URL_SAFE_BASE64[c]) {
                return false;
            }
        }
        return true;
    }

    /** Which ASCII characters are of the URL-safe Base64 alphabet: one load per character instead of five tests. */
    private static final boolean[] URL_SAFE_BASE64 = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            URL_SAFE_BASE64[c] =
                    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
    }
}
