package io.vigint.ffmpeg;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the picture size of an MP4's first video track from its track header ({@code moov/trak/tkhd}, the track
 * whose {@code mdia/hdlr} says {@code vide}), without decoding anything. FFmpeg's MP4 demuxer leaves the size of
 * an MPEG-4 Part 2 stream unset until a frame is decoded (the size lives in the stream's own VOL header), and the
 * limits must be checked before that.
 */
final class Mp4Header {
    private Mp4Header() {}

    /** Width and height of the first video track's header, if the file has one that reads. */
    static Optional<int[]> videoTrackSize(byte[] mp4) {
        ByteBuffer file = ByteBuffer.wrap(mp4);
        Optional<int[]> moov = child(file, 0, mp4.length, "moov");
        if (moov.isEmpty()) {
            return Optional.empty();
        }
        int position = moov.get()[0];
        int end = moov.get()[1];
        while (position + 8 <= end) {
            int[] box = box(file, position, end);
            if (box == null) {
                return Optional.empty();
            }
            if (type(mp4, position).equals("trak")) {
                Optional<int[]> size = videoSize(file, mp4, box[0], box[1]);
                if (size.isPresent()) {
                    return size;
                }
            }
            position = box[1];
        }
        return Optional.empty();
    }

    /** The size in a {@code trak}'s {@code tkhd} if its handler is {@code vide}. */
    private static Optional<int[]> videoSize(ByteBuffer file, byte[] mp4, int start, int end) {
        Optional<int[]> mdia = child(file, start, end, "mdia");
        Optional<int[]> hdlr = mdia.flatMap(box -> child(file, box[0], box[1], "hdlr"));
        if (hdlr.isEmpty()
                || hdlr.get()[0] + 12 > hdlr.get()[1]
                || !fourcc(mp4, hdlr.get()[0] + 8).equals("vide")) {
            return Optional.empty();
        }
        Optional<int[]> tkhd = child(file, start, end, "tkhd");
        if (tkhd.isEmpty()) {
            return Optional.empty();
        }
        int payload = tkhd.get()[0];
        int at = payload + (mp4[payload] == 1 ? 88 : 76);
        if (at + 8 > tkhd.get()[1]) {
            return Optional.empty();
        }
        int width = file.getInt(at) >>> 16;
        int height = file.getInt(at + 4) >>> 16;
        return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
    }

    /** The payload bounds {start, end} of the first box of {@code type} directly within {@code [start, end)}. */
    private static Optional<int[]> child(ByteBuffer file, int start, int end, String type) {
        int position = start;
        while (position + 8 <= end) {
            int[] box = box(file, position, end);
            if (box == null) {
                return Optional.empty();
            }
            if (type(file.array(), position).equals(type)) {
                return Optional.of(box);
            }
            position = box[1];
        }
        return Optional.empty();
    }

    /** {payload start, box end} of the box at {@code position}, or null if its size does not fit. */
    private static int[] box(ByteBuffer file, int position, int end) {
        long size = Integer.toUnsignedLong(file.getInt(position));
        int header = 8;
        if (size == 1) {
            if (position + 16 > end) {
                return null;
            }
            size = file.getLong(position + 8);
            header = 16;
        } else if (size == 0) {
            size = end - position;
        }
        if (size < header || position + size > end) {
            return null;
        }
        return new int[] {position + header, (int) (position + size)};
    }

    /** The type of the box at {@code position}. */
    private static String type(byte[] mp4, int position) {
        return fourcc(mp4, position + 4);
    }

    private static String fourcc(byte[] mp4, int at) {
        return new String(mp4, at, 4, StandardCharsets.ISO_8859_1);
    }
}
