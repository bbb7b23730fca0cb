package io.vigint.core.contract;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An AVI file parsed back for tests: walks the RIFF structure strictly (every size must add up) and
 * reads the main header, the first stream's header and format, the {@code 00dc} frames and the index.
 */
public final class AviFile {
    public int microsPerFrame;
    public int flags;
    public int totalFrames;
    public int streams;
    public int width;
    public int height;
    public String streamType;
    public String handler;
    public int scale;
    public int rate;
    public int length;
    public int formatWidth;
    public int formatHeight;
    public String compression;
    public final List<byte[]> frames = new ArrayList<>();
    /** Index entries: chunk id, flags, offset (from the {@code movi} FourCC), size. */
    public final List<int[]> index = new ArrayList<>();

    public final List<String> indexIds = new ArrayList<>();
    public int moviStart;

    private final byte[] bytes;

    private AviFile(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Parses {@code bytes}.
     *
     * @throws AssertionError if they are not a well-formed AVI file
     */
    public static AviFile parse(byte[] bytes) {
        AviFile avi = new AviFile(bytes);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        expect(fourcc(in), "RIFF");
        int riffSize = in.getInt();
        check(riffSize + 8 == bytes.length, "RIFF size " + riffSize + " does not match file length " + bytes.length);
        expect(fourcc(in), "AVI ");
        while (in.hasRemaining()) {
            String id = fourcc(in);
            int size = in.getInt();
            check(size >= 0 && in.position() + size <= bytes.length, "chunk " + id + " overruns the file");
            int end = in.position() + size;
            if (id.equals("LIST")) {
                avi.list(in, end);
            } else if (id.equals("idx1")) {
                check(size % 16 == 0, "idx1 size");
                while (in.position() < end) {
                    avi.indexIds.add(fourcc(in));
                    avi.index.add(new int[] {0, in.getInt(), in.getInt(), in.getInt()});
                }
            }
            in.position(end + (size % 2));
        }
        return avi;
    }

    /** The bytes of the chunk an index entry points to, checking it is a {@code 00dc} chunk of that size. */
    public byte[] indexedFrame(int entry) {
        int[] e = index.get(entry);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(moviStart + e[2]);
        expect(fourcc(in), "00dc");
        int size = in.getInt();
        check(size == e[3], "index size " + e[3] + " but chunk size " + size);
        return Arrays.copyOfRange(bytes, in.position(), in.position() + size);
    }

    private void list(ByteBuffer in, int end) {
        int listStart = in.position();
        String type = fourcc(in);
        if (type.equals("movi")) {
            moviStart = listStart;
        }
        while (in.position() < end) {
            String id = fourcc(in);
            int size = in.getInt();
            check(size >= 0 && in.position() + size <= end, "chunk " + id + " overruns its list " + type);
            int chunkEnd = in.position() + size;
            switch (id) {
                case "LIST" -> list(in, chunkEnd);
                case "avih" -> {
                    check(size == 56, "avih size");
                    microsPerFrame = in.getInt();
                    in.getInt();
                    in.getInt();
                    flags = in.getInt();
                    totalFrames = in.getInt();
                    in.getInt();
                    streams = in.getInt();
                    in.getInt();
                    width = in.getInt();
                    height = in.getInt();
                }
                case "strh" -> {
                    check(size == 56, "strh size");
                    streamType = fourcc(in);
                    handler = fourcc(in);
                    in.getInt();
                    in.getInt();
                    in.getInt();
                    scale = in.getInt();
                    rate = in.getInt();
                    in.getInt();
                    length = in.getInt();
                }
                case "strf" -> {
                    check(size == 40, "strf size");
                    in.getInt();
                    formatWidth = in.getInt();
                    formatHeight = in.getInt();
                    in.getShort();
                    in.getShort();
                    compression = fourcc(in);
                }
                case "00dc" -> frames.add(Arrays.copyOfRange(bytes, in.position(), chunkEnd));
                default -> {}
            }
            in.position(chunkEnd + (size % 2));
        }
        check(in.position() == end, "list " + type + " has " + (in.position() - end) + " bytes too many");
    }

    private static String fourcc(ByteBuffer in) {
        byte[] code = new byte[4];
        in.get(code);
        return new String(code, StandardCharsets.US_ASCII);
    }

    private static void expect(String actual, String expected) {
        check(actual.equals(expected), "expected '" + expected + "' but found '" + actual + "'");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("not a well-formed AVI file: " + message);
        }
    }
}
