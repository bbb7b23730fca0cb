package io.vigint.core.contract;

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
import javax.imageio.ImageIO;

/** Real JPEG and PNG frames for clip and alert tests: a grey scene with a white square moving right. */
public final class ClipFrames {
    private ClipFrames() {}

    /** {@code count} frames of {@code format}, {@code width} x {@code height}, {@code step} apart from {@code start}. */
    public static List<Frame> moving(
            int count, FrameFormat format, int width, int height, Instant start, Duration step) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(new Frame(image(format, width, height, i), format, start.plus(step.multipliedBy(i))));
        }
        return frames;
    }

    /** One encoded image with the square at position {@code index}. */
    public static byte[] image(FrameFormat format, int width, int height, int index) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        int side = Math.max(2, height / 4);
        g.fillRect((index * side / 2) % Math.max(1, width - side), height / 2 - side / 2, side, side);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format == FrameFormat.JPEG ? "jpeg" : "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
