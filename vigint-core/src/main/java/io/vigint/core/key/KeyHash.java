package io.vigint.core.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 hash of an API key's plain text, as 64 lower-case hex digits. This is what is stored. */
public record KeyHash(String hex) {
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    });

    public KeyHash {
        Objects.requireNonNull(hex, "hex");
        if (!isLowerHex64(hex)) {
            throw new IllegalArgumentException("a key hash is 64 lower-case hex digits");
        }
    }

    /** A plain loop, not a regular expression: this runs on every authenticated request. */
    private static boolean isLowerHex64(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Hashes a plain-text key. */
    public static KeyHash of(String plainKey) {
        return new KeyHash(HEX.formatHex(sha256(plainKey)));
    }

    /** The 32 bytes of the SHA-256 hash of {@code plainKey}'s UTF-8 form. */
    static byte[] sha256(String plainKey) {
        return SHA256.get().digest(plainKey.getBytes(StandardCharsets.UTF_8));
    }
}
