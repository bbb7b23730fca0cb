package io.vigint.core.testing;

import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameFormat;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real JPEG and PNG images for tests, made with the JDK's encoders. */
public final class TestFrames {
    private TestFrames() {}

    /** A JPEG of a grey scene with a dark square at {@code x} (move it to make motion). */
    public static byte[] jpeg(int width, int height, int x) {
        return encode(scene(width, height, x, 0), "jpeg");
    }

    /** A 160 x 120 JPEG of a still scene. */
    public static byte[] jpeg() {
        return jpeg(160, 120, 40);
    }

    /** A PNG of the same kind of scene. */
    public static byte[] png(int width, int height, int x) {
        return encode(scene(width, height, x, 0), "png");
    }

    /** A 160 x 120 PNG of a still scene. */
    public static byte[] png() {
        return png(160, 120, 40);
    }

    /**
     * A decompression bomb: a small real JPEG (a few hundred bytes) whose frame header claims {@code width} x
     * {@code height} pixels; its structure is valid, so only a pixel cap read from the header refuses it.
     */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] data = jpeg(16, 16, 4);
        for (int i = 2; i + 9 < data.length; i++) {
            int marker = data[i + 1] & 0xff;
            if ((data[i] & 0xff) == 0xff && marker >= 0xc0 && marker <= 0xc2) {
                data[i + 5] = (byte) (height >>> 8);
                data[i + 6] = (byte) height;
                data[i + 7] = (byte) (width >>> 8);
                data[i + 8] = (byte) width;
                return data;
            }
        }
        throw new IllegalStateException("the JDK's JPEG has no frame header");
    }

    /** A small real PNG whose {@code IHDR} claims {@code width} x {@code height} pixels, with a correct CRC. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] data = png(16, 16, 4);
        java.nio.ByteBuffer.wrap(data, 16, 8).putInt(width).putInt(height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data, 12, 17);
        java.nio.ByteBuffer.wrap(data, 29, 4).putInt((int) crc.getValue());
        return data;
    }

    /** A GIF: an image, but not a format frames may have. */
    public static byte[] gif() {
        return encode(scene(32, 24, 4, 0), "gif");
    }

    /** A JPEG with noise from {@code seed}, so its size grows with its dimensions as a camera's does. */
    public static byte[] noisyJpeg(int width, int height, long seed) {
        return encode(scene(width, height, width / 4, seed), "jpeg");
    }

    /** A PNG of colour noise: it hardly compresses, about 3 bytes per pixel. */
    public static byte[] noisyPng(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                image.setRGB(px, py, random.nextInt(1 << 24));
            }
        }
        return encode(image, "png");
    }

    /** {@code data} as a JPEG frame at {@code timestamp}. */
    public static Frame jpegFrame(byte[] data, Instant timestamp) {
        return new Frame(data, FrameFormat.JPEG, timestamp);
    }

    /** A small JPEG frame at {@code timestamp}. */
    public static Frame jpegFrame(Instant timestamp) {
        return jpegFrame(jpeg(), timestamp);
    }

    private static BufferedImage scene(int width, int height, int x, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(180, 180, 180));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(x, height / 3, Math.max(1, width / 8), Math.max(1, height / 3));
        g.dispose();
        if (seed != 0) {
            Random random = new Random(seed);
            for (int py = 0; py < height; py++) {
                for (int px = 0; px < width; px++) {
                    int v = 128 + random.nextInt(64) - 32;
                    image.setRGB(px, py, (v << 16) | (v << 8) | v);
                }
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
