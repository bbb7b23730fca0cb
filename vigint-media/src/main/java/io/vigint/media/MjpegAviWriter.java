package io.vigint.media;

import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
public final class MjpegAviWriter implements ClipEncoder {
    /** The media type of the files this writes, {@link ClipFormat#AVI}'s. */
    public static final String MEDIA_TYPE = ClipFormat.AVI.mediaType();

    private static final long MIN_MICROS_PER_FRAME = 1_000; // 1000 fps
    private static final long MAX_MICROS_PER_FRAME = 60_000_000; // one frame a minute
    private static final float JPEG_QUALITY = 0.85f;

    /** How many pixels one clip may decode by default, {@link ClipEncoder#DEFAULT_MAX_DECODE_PIXELS}. */
    public static final long DEFAULT_MAX_DECODE_PIXELS = ClipEncoder.DEFAULT_MAX_DECODE_PIXELS;

    @Override
    public ClipFormat format() {
        return ClipFormat.AVI;
    }

    @Override
    public Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels) {
        return write(frames, maxDecodePixels);
    }

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
        return Optional.of(AviContainer.write(jpegs, width, height, microsPerFrame));
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
