package io.vigint.media.scenes;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * One labelled scene of the corpus: a 320 x 240 shop-like room drawn with Java2D, with what happens in it,
 * rendered at any frame rate as JPEG frames (deterministic: the same name, rate and seed give the same
 * bytes). Incident scenes say where their moving object is, so a test can check the reported region.
 */
public abstract class Scene {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 240;

    /** A scene's length. */
    public static final double SECONDS = 8;

    private final String name;
    private final boolean incident;
    private final long seed;

    Scene(String name, boolean incident, long seed) {
        this.name = name;
        this.incident = incident;
        this.seed = seed;
    }

    public String name() {
        return name;
    }

    /** Whether the scene shows an incident (something person-sized moving), else a still scene. */
    public boolean incident() {
        return incident;
    }

    /** JPEG quality of the frames (0-1). */
    float quality() {
        return 0.75f;
    }

    /** Per-pixel sensor noise, +- levels. */
    int noise() {
        return 6;
    }

    /** Draws the scene at {@code t} seconds. */
    abstract void draw(Graphics2D g, double t, Random random);

    /** Where the moving object is at {@code t} (pixels), or null when none is in view. */
    Rectangle object(double t) {
        return null;
    }

    /** A global change applied to the drawn pixels at {@code t}: new = gain * old + offset. */
    double[] lighting(double t, Random random) {
        return new double[] {1, 0};
    }

    /** The whole camera's shift at {@code t}, in pixels. */
    int[] shift(double t, Random random) {
        return new int[] {0, 0};
    }

    /** Extra drawing over the frame (rain), after lighting. */
    void overlay(BufferedImage image, double t, Random random) {}

    /**
     * The frames at {@code fps} for {@link #SECONDS}.
     *
     * @return each frame's JPEG bytes and time offset in milliseconds
     */
    public List<Rendered> render(int fps) {
        Random random = new Random(seed * 1_000 + fps);
        int count = (int) Math.round(SECONDS * fps);
        List<Rendered> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double t = (double) i / fps;
            long millis = Math.round(t * 1000);
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int[] shift = shift(t, random);
            g.translate(shift[0], shift[1]);
            drawRoom(g);
            draw(g, t, random);
            g.dispose();
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            double[] light = lighting(t, random);
            int noise = noise();
            for (int p = 0; p < pixels.length; p++) {
                int rgb = pixels[p];
                int r = channel((rgb >> 16) & 0xff, light, noise, random);
                int gr = channel((rgb >> 8) & 0xff, light, noise, random);
                int b = channel(rgb & 0xff, light, noise, random);
                pixels[p] = (r << 16) | (gr << 8) | b;
            }
            overlay(image, t, random);
            frames.add(new Rendered(jpeg(image, quality()), millis, object(t)));
        }
        return frames;
    }

    /** A rendered frame: JPEG bytes, time from the scene's start, and where its moving object is (or null). */
    public record Rendered(byte[] jpeg, long millis, Rectangle object) {}

    private static int channel(int value, double[] light, int noise, Random random) {
        double v = value * light[0] + light[1];
        if (noise > 0) {
            v += random.nextInt(2 * noise + 1) - noise;
        }
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Wall, floor, a window, a door, a shelf with goods and a counter, drawn past the edges (for shake). */
    static void drawRoom(Graphics2D g) {
        g.setColor(new Color(196, 186, 164));
        g.fillRect(-20, -20, WIDTH + 40, HEIGHT + 40);
        g.setColor(new Color(118, 98, 80));
        g.fillRect(-20, HEIGHT - 60, WIDTH + 40, 80);
        g.setColor(new Color(150, 190, 230));
        g.fillRect(210, 30, 80, 60);
        g.setColor(new Color(240, 240, 240));
        g.fillRect(248, 30, 4, 60);
        g.setColor(DOOR);
        g.fillRect(DOOR_X, DOOR_Y, DOOR_W, DOOR_H);
        g.setColor(new Color(80, 70, 60));
        g.fillRect(110, 40, 80, 6);
        g.fillRect(110, 80, 80, 6);
        Random goods = new Random(7);
        for (int x = 112; x < 186; x += 12) {
            g.setColor(new Color(60 + goods.nextInt(160), 60 + goods.nextInt(160), 60 + goods.nextInt(160)));
            g.fillRect(x, 24, 9, 16);
            g.fillRect(x + 3, 64, 8, 16);
        }
        g.setColor(new Color(140, 120, 100));
        g.fillRect(230, 130, 90, 50);
    }

    static final Color DOOR = new Color(92, 62, 42);
    static final int DOOR_X = 30;
    static final int DOOR_Y = 40;
    static final int DOOR_W = 50;
    static final int DOOR_H = 140;

    /** A person (head, torso, legs) with feet at {@code feetY} and left edge {@code x}; returns the bounds. */
    static Rectangle person(Graphics2D g, double x, int feetY, int height, double t, Color shirt) {
        int h = height;
        int w = h * 3 / 8;
        int left = (int) Math.round(x);
        int top = feetY - h;
        g.setColor(new Color(214, 176, 146));
        g.fillOval(left + w / 4, top, w / 2, h / 6);
        g.setColor(shirt);
        g.fillRect(left, top + h / 6, w, h * 3 / 8);
        g.setColor(new Color(44, 44, 60));
        int stride = (int) Math.round(Math.sin(t * 8) * w / 5);
        g.fillRect(left + w / 8 + stride, top + h * 13 / 24, w / 3, h * 11 / 24);
        g.fillRect(left + w * 5 / 8 - stride - w / 8, top + h * 13 / 24, w / 3, h * 11 / 24);
        return new Rectangle(left - w / 5, top, w + 2 * w / 5, h);
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
