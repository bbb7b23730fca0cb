package io.vigint.core.key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 hash of an API key's plain text, as 64 lower-case hex digits. This is what is stored. */
public record KeyHash(String hex) {
    private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");
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
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a key hash is 64 lower-case hex digits");
        }
    }

    /** Hashes a plain-text key. */
    public static KeyHash of(String plainKey) {
        byte[] digest = SHA256.get().digest(plainKey.getBytes(StandardCharsets.UTF_8));
        return new KeyHash(HEX.formatHex(digest));
    }
}
