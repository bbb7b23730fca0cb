package io.vigint.core.key;

import java.util.HexFormat;

/**
 * A {@link KeyHash} as four {@code long}s (the SHA-256 hash's 32 bytes, big-endian, {@code w0} first): the form
 * authentication computes for every presented key, so that a lookup can compare and index it without building
 * and hashing a 64-character string. Equal digests stand for equal hashes, and {@link #hash()} gives the stored
 * hex form back.
 */
public record KeyDigest(long w0, long w1, long w2, long w3) {
    private static final HexFormat HEX = HexFormat.of();

    /** Hashes a plain-text key: {@code KeyDigest.of(key).hash()} equals {@code KeyHash.of(key)}. */
    public static KeyDigest of(String plainKey) {
        byte[] digest = KeyHash.sha256(plainKey);
        return new KeyDigest(word(digest, 0), word(digest, 8), word(digest, 16), word(digest, 24));
    }

    /** The eight bytes from {@code offset} on, big-endian. */
    private static long word(byte[] bytes, int offset) {
        long word = 0;
        for (int i = offset; i < offset + 8; i++) {
            word = (word << 8) | (bytes[i] & 0xFF);
        }
        return word;
    }

    /** The digest of a stored hash. */
    public static KeyDigest of(KeyHash hash) {
        String hex = hash.hex();
        return new KeyDigest(
                HexFormat.fromHexDigitsToLong(hex, 0, 16),
                HexFormat.fromHexDigitsToLong(hex, 16, 32),
                HexFormat.fromHexDigitsToLong(hex, 32, 48),
                HexFormat.fromHexDigitsToLong(hex, 48, 64));
    }

    /** The hash in its stored form, 64 lower-case hex digits. */
    public KeyHash hash() {
        return new KeyHash(HEX.toHexDigits(w0) + HEX.toHexDigits(w1) + HEX.toHexDigits(w2) + HEX.toHexDigits(w3));
    }

    /** The first word's bits: they are uniformly distributed, as every bit of a SHA-256 hash is. */
    @Override
    public int hashCode() {
        return Long.hashCode(w0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyDigest d && d.w0 == w0 && d.w1 == w1 && d.w2 == w2 && d.w3 == w3;
    }
}
