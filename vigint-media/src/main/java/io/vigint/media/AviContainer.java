package io.vigint.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The AVI (RIFF) container of {@link MjpegAviWriter}: the {@code hdrl} headers of one MJPEG video stream,
 * each JPEG a {@code 00dc} chunk in the {@code movi} list, and an {@code idx1} index marking every frame a
 * key frame.
 */
final class AviContainer {
    private static final int AVIF_HASINDEX = 0x10;
    private static final int AVIIF_KEYFRAME = 0x10;

    private AviContainer() {}

    /** The AVI file of {@code jpegs}, all {@code width} x {@code height}, one every {@code microsPerFrame}. */
    static byte[] write(List<byte[]> jpegs, int width, int height, long microsPerFrame) {
        int frames = jpegs.size();
        int largest = jpegs.stream().mapToInt(j -> j.length).max().orElse(0);
        long moviBytes = 4;
        for (byte[] jpeg : jpegs) {
            moviBytes += 8 + padded(jpeg.length);
        }
        long idxBytes = 16L * frames;
        long hdrlBytes = 4 + (8 + 56) + (8 + 4 + (8 + 56) + (8 + 40));
        long riffBytes = 4 + (8 + hdrlBytes) + (8 + moviBytes) + (8 + idxBytes);
        if (8 + riffBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("clip too large for one AVI file");
        }
        ByteBuffer out = ByteBuffer.allocate((int) (8 + riffBytes)).order(ByteOrder.LITTLE_ENDIAN);
        fourcc(out, "RIFF").putInt((int) riffBytes);
        fourcc(out, "AVI ");

        fourcc(out, "LIST").putInt((int) hdrlBytes);
        fourcc(out, "hdrl");
        fourcc(out, "avih").putInt(56);
        long bytesPerSecond = microsPerFrame == 0 ? 0 : (long) largest * 1_000_000L / microsPerFrame;
        out.putInt((int) microsPerFrame) // dwMicroSecPerFrame
                .putInt((int) Math.min(Integer.MAX_VALUE, bytesPerSecond)) // dwMaxBytesPerSec
                .putInt(0) // dwPaddingGranularity
                .putInt(AVIF_HASINDEX) // dwFlags
                .putInt(frames) // dwTotalFrames
                .putInt(0) // dwInitialFrames
                .putInt(1) // dwStreams
                .putInt(largest + 8) // dwSuggestedBufferSize
                .putInt(width)
                .putInt(height)
                .putInt(0)
                .putInt(0)
                .putInt(0)
                .putInt(0); // dwReserved[4]

        fourcc(out, "LIST").putInt(4 + (8 + 56) + (8 + 40));
        fourcc(out, "strl");
        fourcc(out, "strh").putInt(56);
        fourcc(out, "vids");
        fourcc(out, "MJPG");
        out.putInt(0) // dwFlags
                .putShort((short) 0) // wPriority
                .putShort((short) 0) // wLanguage
                .putInt(0) // dwInitialFrames
                .putInt((int) microsPerFrame) // dwScale
                .putInt(1_000_000) // dwRate: rate / scale = frames per second
                .putInt(0) // dwStart
                .putInt(frames) // dwLength
                .putInt(largest + 8) // dwSuggestedBufferSize
                .putInt(-1) // dwQuality: default
                .putInt(0) // dwSampleSize: varies
                .putShort((short) 0)
                .putShort((short) 0)
                .putShort((short) width)
                .putShort((short) height); // rcFrame
        fourcc(out, "strf").putInt(40);
        out.putInt(40) // biSize
                .putInt(width)
                .putInt(height)
                .putShort((short) 1) // biPlanes
                .putShort((short) 24); // biBitCount
        fourcc(out, "MJPG"); // biCompression
        out.putInt(width * height * 3) // biSizeImage
                .putInt(0)
                .putInt(0)
                .putInt(0)
                .putInt(0);

        fourcc(out, "LIST").putInt((int) moviBytes);
        int moviStart = out.position();
        fourcc(out, "movi");
        int[] offsets = new int[frames];
        for (int i = 0; i < frames; i++) {
            byte[] jpeg = jpegs.get(i);
            offsets[i] = out.position() - moviStart;
            fourcc(out, "00dc").putInt(jpeg.length);
            out.put(jpeg);
            if (jpeg.length % 2 == 1) {
                out.put((byte) 0);
            }
        }
        fourcc(out, "idx1").putInt((int) idxBytes);
        for (int i = 0; i < frames; i++) {
            fourcc(out, "00dc").putInt(AVIIF_KEYFRAME).putInt(offsets[i]).putInt(jpegs.get(i).length);
        }
        return out.array();
    }

    private static long padded(int length) {
        return length + (length % 2);
    }

    private static ByteBuffer fourcc(ByteBuffer out, String code) {
        return out.put(code.getBytes(StandardCharsets.US_ASCII));
    }
}
