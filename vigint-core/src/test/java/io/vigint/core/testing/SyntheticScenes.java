package io.vigint.core.testing;

import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Camera frames drawn for tests: a room (wall, floor, a window, a door) with per-pixel sensor noise,
 * encoded as real JPEG or PNG, either still or with a person-sized block walking across.
 */
public final class SyntheticScenes {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;
    private static final Duration FRAME_INTERVAL = Duration.ofMillis(200);

    private SyntheticScenes() {}

    /** {@code count} frames of the same scene, only sensor noise (+-{@code noise} levels) differing. */
    public static List<Frame> still(int count, int noise, FrameFormat format, Instant start, long seed) {
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = room();
            addNoise(image, noise, random);
            frames.add(new Frame(encode(image, format), format, start.plus(FRAME_INTERVAL.multipliedBy(i))));
        }
        return frames;
    }

    /**
     * {@code count} frames of the scene with a dark {@code size} x {@code 2 size} block moving
     * {@code step} pixels right per frame, plus sensor noise.
     */
    public static List<Frame> moving(int count, int size, int step, FrameFormat format, Instant start, long seed) {
        Random random = new Random(seed);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = room();
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(40, 30, 60));
            g.fillRect(20 + i * step, HEIGHT - 40 - 2 * size, size, 2 * size);
            g.dispose();
            addNoise(image, 4, random);
            frames.add(new Frame(encode(image, format), format, start.plus(FRAME_INTERVAL.multipliedBy(i))));
        }
        return frames;
    }

    /** The encoded bytes of {@code image}. */
    public static byte[] encode(BufferedImage image, FrameFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format == FrameFormat.JPEG ? "jpg" : "png", out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage room() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 190, 170));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(120, 100, 80));
        g.fillRect(0, HEIGHT - 40, WIDTH, 40);
        g.setColor(new Color(150, 190, 230));
        g.fillRect(200, 30, 80, 60);
        g.setColor(new Color(90, 60, 40));
        g.fillRect(40, 60, 50, HEIGHT - 100);
        g.dispose();
        return image;
    }

    private static void addNoise(BufferedImage image, int noise, Random random) {
        if (noise <= 0) {
            return;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = clamp(((rgb >> 16) & 0xff) + random.nextInt(2 * noise + 1) - noise);
                int gr = clamp(((rgb >> 8) & 0xff) + random.nextInt(2 * noise + 1) - noise);
                int b = clamp((rgb & 0xff) + random.nextInt(2 * noise + 1) - noise);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
