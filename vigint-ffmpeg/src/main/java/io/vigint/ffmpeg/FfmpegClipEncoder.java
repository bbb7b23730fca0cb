package io.vigint.ffmpeg;

import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.video.Frame;
import io.vigint.core.video.Region;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Writes a window of frames as H.264 (OpenH264, the encoder of FFmpeg's LGPL build: Constrained Baseline,
 * yuv420p) in MP4 with the {@code moov} box first, so browsers, phones and mail previews play it before they
 * have all of it. Each frame carries its time (UTC, to the millisecond) in the top-left corner on a black box and,
 * where an analysis saw motion in it ({@link io.vigint.core.video.FrameNotes#motion()}), a red rectangle around
 * that region. Thread-safe (every call has its own encoder).
 *
 * <p>The frame rate is constant: the frames' time span divided by the number of intervals (one frame a second for
 * a single frame), so the clip lasts as long as the window. The picture has the size of the clip's first frame
 * rounded down to even numbers (H.264 in 4:2:0 needs them; the last column or row is cropped); frames of another
 * size are scaled to it. Every frame is decoded to draw on it, so a clip decodes at most {@code maxDecodePixels}
 * pixels: the oldest frames are left out until the rest fit, the newest is always kept. Frames that do not decode
 * are left out.
 */
public final class FfmpegClipEncoder implements ClipEncoder {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final double MIN_FPS = 1 / 60.0;
    private static final double MAX_FPS = 60;
    /** The colour of the motion rectangle. */
    static final Color MOTION = new Color(255, 0, 0);

    @Override
    public ClipFormat format() {
        return ClipFormat.MP4;
    }

    @Override
    public Optional<byte[]> encode(List<Frame> frames, long maxDecodePixels) {
        List<Frame> ordered = new ArrayList<>(frames);
        ordered.sort(Comparator.comparing(Frame::timestamp));
        List<Frame> kept = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        long pixels = 0;
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Optional<int[]> size = dimensions(ordered.get(i).data());
            if (size.isEmpty()) {
                continue;
            }
            long cost = (long) size.get()[0] * size.get()[1];
            if (!kept.isEmpty() && pixels + cost > maxDecodePixels) {
                break;
            }
            pixels += cost;
            kept.add(0, ordered.get(i));
            sizes.add(0, size.get());
        }
        List<BufferedImage> pictures = new ArrayList<>(kept.size());
        List<Frame> drawn = new ArrayList<>(kept.size());
        int width = 0;
        int height = 0;
        for (Frame frame : kept) {
            BufferedImage decoded = decode(frame.data());
            if (decoded == null) {
                continue;
            }
            if (pictures.isEmpty()) {
                width = Math.max(2, decoded.getWidth() & ~1);
                height = Math.max(2, decoded.getHeight() & ~1);
            }
            pictures.add(overlay(decoded, frame, width, height));
            drawn.add(frame);
        }
        if (pictures.isEmpty()) {
            return Optional.empty();
        }
        double fps = framesPerSecond(drawn);
        return Optional.of(
                H264Mp4.write(width, height, fps, bitrate(width, height, fps), sink -> pictures.forEach(sink::add)));
    }

    /** The clip's constant frame rate: intervals over the time span, one a second for one frame. */
    static double framesPerSecond(List<Frame> ordered) {
        if (ordered.size() < 2) {
            return 1;
        }
        Duration span = Duration.between(
                ordered.get(0).timestamp(), ordered.get(ordered.size() - 1).timestamp());
        if (span.isZero()) {
            return MAX_FPS;
        }
        double fps = (ordered.size() - 1) / (span.toNanos() / 1e9);
        return Math.max(MIN_FPS, Math.min(MAX_FPS, fps));
    }

    /** {@code decoded} drawn at {@code width} x {@code height} with the frame's time and motion region on it. */
    static BufferedImage overlay(BufferedImage decoded, Frame frame, int width, int height) {
        BufferedImage picture = fit(decoded, width, height);
        Graphics2D g = picture.createGraphics();
        try {
            boolean sameSize = sameSize(decoded, width, height);
            double scaleX = sameSize ? 1 : (double) width / decoded.getWidth();
            double scaleY = sameSize ? 1 : (double) height / decoded.getHeight();
            Optional<Region> motion = frame.notes().motion();
            if (motion.isPresent()) {
                drawMotion(g, motion.get(), scaleX, scaleY, width, height);
            }
            drawTime(g, TIME.format(frame.timestamp()), height);
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** {@code decoded} as a {@code width} x {@code height} BGR picture: as it is if that is its size (an odd last
     * column or row cropped), else scaled. */
    static BufferedImage fit(BufferedImage decoded, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = picture.createGraphics();
        try {
            if (sameSize(decoded, width, height)) {
                g.drawImage(decoded, 0, 0, null);
            } else {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(decoded, 0, 0, width, height, null);
            }
        } finally {
            g.dispose();
        }
        return picture;
    }

    /** The same size, or one column or row more (an odd size cropped to even). */
    private static boolean sameSize(BufferedImage decoded, int width, int height) {
        int extraX = decoded.getWidth() - width;
        int extraY = decoded.getHeight() - height;
        return extraX >= 0 && extraX <= 1 && extraY >= 0 && extraY <= 1;
    }

    /** A red rectangle, {@link #motionStroke} pixels wide, around {@code region}, kept inside the picture. */
    private static void drawMotion(Graphics2D g, Region region, double scaleX, double scaleY, int width, int height) {
        int stroke = motionStroke(height);
        int left = (int) Math.round(region.x() * scaleX);
        int top = (int) Math.round(region.y() * scaleY);
        int right = (int) Math.round((region.x() + region.width()) * scaleX);
        int bottom = (int) Math.round((region.y() + region.height()) * scaleY);
        left = clamp(left - stroke, 0, width - stroke);
        top = clamp(top - stroke, 0, height - stroke);
        right = clamp(right, left + stroke, width - stroke);
        bottom = clamp(bottom, top + stroke, height - stroke);
        g.setColor(MOTION);
        g.fillRect(left, top, right - left + stroke, stroke);
        g.fillRect(left, bottom, right - left + stroke, stroke);
        g.fillRect(left, top, stroke, bottom - top + stroke);
        g.fillRect(right, top, stroke, bottom - top + stroke);
    }

    /** The motion rectangle's line width: 2 px up to 480 lines, 3 px above (so it survives 4:2:0 and H.264). */
    static int motionStroke(int height) {
        return height > 480 ? 3 : 2;
    }

    /** The size of the time's font for a picture {@code height} tall. */
    static int fontSize(int height) {
        return Math.max(10, height / 24);
    }

    private static void drawTime(Graphics2D g, String time, int height) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, fontSize(height)));
        FontMetrics metrics = g.getFontMetrics();
        int pad = Math.max(2, fontSize(height) / 4);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, metrics.stringWidth(time) + 2 * pad, metrics.getAscent() + metrics.getDescent() + 2 * pad);
        g.setColor(Color.WHITE);
        g.drawString(time, pad, pad + metrics.getAscent());
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** About 0.3 bits a pixel a frame (1 Mbit/s for 640 x 480 at 10 fps), between 100 kbit/s and 8 Mbit/s. */
    static int bitrate(int width, int height, double fps) {
        return H264Mp4.bitrate(width, height, fps);
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

    /** The picture in {@code data}, or null if it does not decode. */
    static BufferedImage decode(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
