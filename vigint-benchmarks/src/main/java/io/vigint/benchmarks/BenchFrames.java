package io.vigint.benchmarks;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes the frames of the frame benchmarks: {@code frame.jpg}, a camera-like JPEG of about 50 KB (a smooth
 * scene with sensor noise), and {@code frame.json}, the same frame as the body of {@code POST
 * /api/video/buffer}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.vigint.benchmarks.BenchFrames DIR [BYTES]}.
 */
public final class BenchFrames {
    private BenchFrames() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        byte[] jpeg = jpegOfAbout(target, 1);
        Files.createDirectories(dir);
        Files.write(dir.resolve("frame.jpg"), jpeg);
        String json = "{\"frame_data\":\"" + Base64.getEncoder().encodeToString(jpeg) + "\",\"frame_count\":1}";
        Files.writeString(dir.resolve("frame.json"), json, StandardCharsets.US_ASCII);
        System.out.println("frame.jpg " + jpeg.length + " bytes, frame.json " + json.length() + " bytes in " + dir);
    }

    /** A JPEG of about {@code bytes} bytes (within a few percent), different for each {@code seed}. */
    public static byte[] jpegOfAbout(int bytes, long seed) {
        int width = 320;
        byte[] jpeg = jpeg(width, seed);
        for (int i = 0; i < 12 && Math.abs(jpeg.length - bytes) > bytes / 25; i++) {
            width = (int) Math.max(16, width * Math.sqrt((double) bytes / jpeg.length));
            jpeg = jpeg(width, seed);
        }
        return jpeg;
    }

    private static byte[] jpeg(int width, long seed) {
        int height = width * 3 / 4;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = 60 + (120 * x / width) + (40 * y / height);
                int r = clamp(base + random.nextInt(25) - 12);
                int g = clamp(base + 10 + random.nextInt(25) - 12);
                int b = clamp(base - 10 + random.nextInt(25) - 12);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
