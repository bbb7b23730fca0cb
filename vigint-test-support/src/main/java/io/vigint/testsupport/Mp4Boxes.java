package io.vigint.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level boxes of an MP4 (ISO BMFF) file, in file order: enough to check that {@code moov} comes
 * before {@code mdat} ("fast start"), which lets a browser or phone play a clip before it has all of it.
 */
public final class Mp4Boxes {
    private Mp4Boxes() {}

    /** The four-character types of the top-level boxes of {@code mp4}, in order; fails on a malformed box. */
    public static List<String> topLevel(byte[] mp4) {
        List<String> types = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(mp4);
        long position = 0;
        while (position + 8 <= mp4.length) {
            long size = Integer.toUnsignedLong(buffer.getInt((int) position));
            String type = new String(mp4, (int) position + 4, 4, StandardCharsets.ISO_8859_1);
            if (size == 1) {
                if (position + 16 > mp4.length) {
                    throw new AssertionError("box " + type + " at " + position + " has a cut 64-bit size");
                }
                size = buffer.getLong((int) position + 8);
            } else if (size == 0) {
                size = mp4.length - position;
            }
            if (size < 8 || position + size > mp4.length) {
                throw new AssertionError("box " + type + " at " + position + " has size " + size + " in a file of "
                        + mp4.length + " bytes");
            }
            types.add(type);
            position += size;
        }
        return types;
    }

    /** Whether {@code moov} comes before {@code mdat}. */
    public static boolean fastStart(byte[] mp4) {
        List<String> types = topLevel(mp4);
        int moov = types.indexOf("moov");
        int mdat = types.indexOf("mdat");
        return moov >= 0 && mdat >= 0 && moov < mdat;
    }
}
