package io.vigint.core.clip;

import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes frames as an MJPEG video in an AVI (RIFF) container: one video stream ({@code vids}/{@code
 * MJPG}), each frame a {@code 00dc} chunk in the {@code movi} list, and an {@code idx1} index marking
 * every frame a key frame. JPEG frames are stored byte for byte; PNG frames, and frames whose size
 * differs from the first frame's, are re-encoded as JPEG with {@code javax.imageio}. The frame rate is
 * constant: the frames' time span divided by the number of intervals (one frame per second for a single
 * frame). Frames that do not decode are left out. VLC, ffmpeg, mpv and the Windows players open the
 * result. Thread-safe (stateless).
 *
 * <p>Bounded: re-encoding decodes a frame, and decoding costs time and heap in proportion to pixels, so a
 * clip may decode at most a budget of pixels ({@link #DEFAULT_MAX_DECODE_PIXELS} unless given): when the
 * frames would need more, the oldest frames are left out until the rest fit (the newest frame is always
 * kept). JPEG frames copied byte for byte cost nothing against the budget.
 */
public final class MjpegAviWriter {
    /** The media type of the files this writes. */
    public static final String MEDIA_TYPE = "video/x-msvideo";

    private static final int AVIF_HASINDEX = 0x10;
    private static final int AVIIF_KEYFRAME = 0x10;
    private static final long MIN_MICROS_PER_FRAME = 1_000; // 1000 fps
    private static final long MAX_MICROS_PER_FRAME = 60_000_000; // one frame a minute
    private static final float JPEG_QUALITY = 0.85f;

    /** How many pixels one clip may decode by default: 100 million (about 48 full-HD PNG frames). */
    public static final long DEFAULT_MAX_DECODE_PIXELS = 100_000_000L;

    private MjpegAviWriter() {}

    /**
     * The AVI file for {@code frames} (in timestamp order, whatever order they are given in), or empty
     * if no frame decodes; decoding at most {@link #DEFAULT_MAX_DECODE_PIXELS} pixels.
     */
    public static Optional<byte[]> write(List<Frame> frames) {
        return write(frames, DEFAULT_MAX_DECODE_PIXELS);
    }

    /**
     * The AVI file for the newest of {@code frames} whose re-encoding decodes at most {@code maxDecodePixels}
     * pixels (at least the newest frame), or empty if no frame decodes.
     */
    public static Optional<byte[]> write(List<Frame> frames, long maxDecodePixels) {
        List<Frame> all = new ArrayList<>(frames);
        all.sort(Comparator.comparing(Frame::timestamp));
        List<Frame> ordered = new ArrayList<>(all.size());
        List<int[]> sizes = new ArrayList<>(all.size());
        for (Frame frame : all) {
            Optional<int[]> size = dimensions(frame.data());
            if (size.isPresent()) {
                ordered.add(frame);
                sizes.add(size.get());
            }
        }
        int first = firstWithinBudget(ordered, sizes, maxDecodePixels);
        ordered = ordered.subList(first, ordered.size());
        sizes = sizes.subList(first, sizes.size());
        List<byte[]> jpegs = new ArrayList<>();
        int width = 0;
        int height = 0;
        for (int i = 0; i < ordered.size(); i++) {
            Frame frame = ordered.get(i);
            int[] size = sizes.get(i);
            if (jpegs.isEmpty()) {
                width = size[0];
                height = size[1];
            }
            boolean sameSize = size[0] == width && size[1] == height;
            if (frame.format() == FrameFormat.JPEG && sameSize) {
                jpegs.add(frame.data());
            } else {
                reencode(frame.data(), width, height).ifPresent(jpegs::add);
            }
        }
        if (jpegs.isEmpty()) {
            return Optional.empty();
        }
        long microsPerFrame = microsPerFrame(ordered);
        return Optional.of(container(jpegs, width, height, microsPerFrame));
    }

    /**
     * The index of the oldest frame from which on the clip decodes at most {@code budget} pixels: a frame is
     * decoded when it is a PNG or its size differs from the clip's first frame's.
     */
    static int firstWithinBudget(List<Frame> ordered, List<int[]> sizes, long budget) {
        for (int first = 0; first < ordered.size(); first++) {
            int[] reference = sizes.get(first);
            long cost = 0;
            for (int i = first; i < ordered.size() && cost <= budget; i++) {
                int[] size = sizes.get(i);
                boolean copied = ordered.get(i).format() == FrameFormat.JPEG
                        && size[0] == reference[0]
                        && size[1] == reference[1];
                if (!copied) {
                    cost += (long) size[0] * size[1] + (long) reference[0] * reference[1];
                }
            }
            if (cost <= budget) {
                return first;
            }
        }
        return Math.max(0, ordered.size() - 1);
    }

    /** The time between frames of the clip, from the first and last timestamps. */
    static long microsPerFrame(List<Frame> ordered) {
        if (ordered.size() < 2) {
            return 1_000_000;
        }
        Duration span = Duration.between(
                ordered.get(0).timestamp(), ordered.get(ordered.size() - 1).timestamp());
        long micros = span.toNanos() / 1_000 / (ordered.size() - 1);
        return Math.max(MIN_MICROS_PER_FRAME, Math.min(MAX_MICROS_PER_FRAME, micros));
    }

    private static byte[] container(List<byte[]> jpegs, int width, int height, long microsPerFrame) {
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

    /** Width and height read from the image header, without decoding the pixels. */
    private static Optional<int[]> dimensions(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The frame decoded, scaled to {@code width} x {@code height} if needed, and encoded as JPEG. */
    private static Optional<byte[]> reencode(byte[] data, int width, int height) {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (decoded == null) {
            return Optional.empty();
        }
        BufferedImage rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.BLACK);
            g.fillRect(0, 0, width, height);
            g.drawImage(decoded, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return Optional.of(jpeg(rgb));
    }

    /** {@code image} (RGB) encoded as a baseline JPEG. */
    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPEG frame", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
