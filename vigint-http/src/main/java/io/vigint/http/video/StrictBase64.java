package io.vigint.http.video;

import java.util.Arrays;

/**
 * Decodes base64 text held in characters, only when it is plain standard base64 (RFC 4648 alphabet, a length that
 * is a multiple of four, {@code =} padding only at the end, no whitespace, unused bits zero): exactly the texts
 * {@link java.util.Base64#getDecoder()} decodes with no doubt about the result. Anything else gives null, for the
 * caller to decode the usual way.
 */
final class StrictBase64 {
    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    private StrictBase64() {}

    /** The bytes of {@code chars[offset, offset + length)}, or null if it is not plain standard base64. */
    static byte[] decode(char[] chars, int offset, int length) {
        if (length == 0 || length % 4 != 0) {
            return null;
        }
        int end = offset + length;
        int padding = chars[end - 1] == '=' ? (chars[end - 2] == '=' ? 2 : 1) : 0;
        byte[] out = new byte[length / 4 * 3 - padding];
        int full = end - (padding == 0 ? 0 : 4);
        int o = 0;
        for (int i = offset; i < full; i += 4) {
            int bits =
                    value(chars[i]) << 18 | value(chars[i + 1]) << 12 | value(chars[i + 2]) << 6 | value(chars[i + 3]);
            if (bits < 0) {
                return null;
            }
            out[o++] = (byte) (bits >> 16);
            out[o++] = (byte) (bits >> 8);
            out[o++] = (byte) bits;
        }
        if (padding > 0) {
            int a = value(chars[full]);
            int b = value(chars[full + 1]);
            int c = padding == 1 ? value(chars[full + 2]) : 0;
            if ((a | b | c) < 0) {
                return null;
            }
            int bits = a << 18 | b << 12 | c << 6;
            if ((padding == 2 && (bits & 0xffff) != 0) || (padding == 1 && (bits & 0xff) != 0)) {
                return null;
            }
            out[o++] = (byte) (bits >> 16);
            if (padding == 1) {
                out[o] = (byte) (bits >> 8);
            }
        }
        return out;
    }

    /** The 6-bit value of {@code c}, or a negative number (which makes the whole group negative). */
    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }
}
