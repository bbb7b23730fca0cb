package io.vigint.media;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns a frame's encoded bytes into a {@link LumaGrid}, safely for any bytes: whatever goes wrong (not an
 * image, truncated, corrupt, too large) gives {@link LumaGrid#UNDECODABLE}, never an exception. Memory is
 * bounded: the header's size is checked before any pixel is read, and the reader skips pixels
 * (source subsampling) so that at most about {@value #SAMPLES_PER_CELL} samples per cell edge are decoded.
 *
 * <p>A JPEG in YCbCr or grey is read as a raw raster, whose first band is the luma itself: no colour
 * conversion is done at all. Other JPEGs (Adobe RGB, CMYK) and PNGs are read as images and their luma is
 * computed (0.299 R + 0.587 G + 0.114 B, the same weights JPEG's Y uses).
 */
final class LumaGridDecoder {
    /** Pixels sampled per cell edge when decoding: enough to average away noise, few enough to be fast. */
    static final int SAMPLES_PER_CELL = 8;

    /** The largest frame decoded, in pixels (as the frame buffers' default cap: 4096 x 4096). */
    static final long MAX_PIXELS = 4096L * 4096;

    /**
     * One JPEG reader per thread, reused: creating one (and its native decoder state) costs about as much as
     * decoding a small frame. A reader that failed is disposed of, never reused.
     */
    private static final ThreadLocal<ImageReader> JPEG_READERS = new ThreadLocal<>();

    private final int columns;
    private final int rows;

    LumaGridDecoder(int columns, int rows) {
        this.columns = columns;
        this.rows = rows;
    }

    LumaGrid decode(byte[] data) {
        boolean jpeg = data.length > 2 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8;
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader pooled = jpeg ? JPEG_READERS.get() : null;
            ImageReader reader = pooled;
            if (reader == null) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
                if (!readers.hasNext()) {
                    return LumaGrid.UNDECODABLE;
                }
                reader = readers.next();
            }
            boolean keep = false;
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                LumaGrid grid;
                if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
                    grid = LumaGrid.UNDECODABLE;
                } else {
                    int step = Math.max(
                            1, Math.min(width / (columns * SAMPLES_PER_CELL), height / (rows * SAMPLES_PER_CELL)));
                    ImageReadParam param = reader.getDefaultReadParam();
                    param.setSourceSubsampling(step, step, 0, 0);
                    byte[] cells = rawLumaJpeg(reader, data)
                            ? cells(reader.readRaster(0, param), 0)
                            : cells(reader.read(0, param));
                    grid = cells == null ? LumaGrid.UNDECODABLE : new LumaGrid(columns, rows, cells, width, height);
                }
                keep = jpeg && reader.getFormatName().equalsIgnoreCase("jpeg");
                return grid;
            } finally {
                if (keep) {
                    reader.reset();
                    JPEG_READERS.set(reader);
                } else {
                    if (reader == pooled) {
                        JPEG_READERS.remove();
                    }
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return LumaGrid.UNDECODABLE;
        }
    }

    /**
     * Whether the reader is JPEG's and the raw first band of {@code data} is luma: one component (grey), or
     * three in YCbCr, decided as libjpeg decides (a JFIF marker, else an Adobe marker's transform, else
     * component ids other than R, G, B). Reads only the markers before the scan, each bounded by its length.
     */
    private static boolean rawLumaJpeg(ImageReader reader, byte[] data) throws IOException {
        if (!reader.getFormatName().equalsIgnoreCase("jpeg") || !reader.canReadRaster()) {
            return false;
        }
        boolean jfif = false;
        int adobeTransform = -1;
        int components = 0;
        boolean rgbIds = false;
        int at = 2;
        while (at + 4 <= data.length) {
            if ((data[at] & 0xff) != 0xff) {
                return false;
            }
            int marker = data[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            if (marker == 0xda || marker == 0xd9) {
                break;
            }
            int length = ((data[at + 2] & 0xff) << 8) | (data[at + 3] & 0xff);
            int body = at + 4;
            int end = at + 2 + length;
            if (length < 2 || end > data.length) {
                return false;
            }
            if (marker == 0xe0 && length >= 7 && startsWith(data, body, "JFIF")) {
                jfif = true;
            } else if (marker == 0xee && length >= 14 && startsWith(data, body, "Adobe")) {
                adobeTransform = data[body + 11] & 0xff;
            } else if (marker >= 0xc0
                    && marker <= 0xcf
                    && marker != 0xc4
                    && marker != 0xc8
                    && marker != 0xcc
                    && length >= 8) {
                components = data[body + 5] & 0xff;
                if (components == 3 && length >= 8 + 3 * 3) {
                    rgbIds = data[body + 6] == 'R' && data[body + 9] == 'G' && data[body + 12] == 'B';
                }
            }
            at = end;
        }
        if (components == 1) {
            return true;
        }
        if (components != 3) {
            return false;
        }
        if (jfif) {
            return true;
        }
        if (adobeTransform >= 0) {
            return adobeTransform != 0;
        }
        return !rgbIds;
    }

    private static boolean startsWith(byte[] data, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (at + i >= data.length || data[at + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Cell means of band {@code band} of {@code raster}. */
    private byte[] cells(Raster raster, int band) {
        int width = raster.getWidth();
        int height = raster.getHeight();
        if (width < 1 || height < 1 || band >= raster.getNumBands()) {
            return null;
        }
        long[] sums = new long[columns * rows];
        int[] counts = new int[columns * rows];
        int[] line = new int[width];
        int[] columnOf = columnIndex(width);
        for (int y = 0; y < height; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, band, line);
            int rowBase = Math.min(rows - 1, (int) ((long) y * rows / height)) * columns;
            for (int x = 0; x < width; x++) {
                int cell = rowBase + columnOf[x];
                sums[cell] += line[x];
                counts[cell]++;
            }
        }
        return means(sums, counts, 1);
    }

    /** Cell means of the luma of {@code image}. */
    private byte[] cells(BufferedImage image) {
        if (image == null) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        if (width < 1 || height < 1) {
            return null;
        }
        long[] sums = new long[columns * rows];
        int[] counts = new int[columns * rows];
        int[] line = new int[width];
        int[] columnOf = columnIndex(width);
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, line, 0, width);
            int rowBase = Math.min(rows - 1, (int) ((long) y * rows / height)) * columns;
            for (int x = 0; x < width; x++) {
                int rgb = line[x];
                // luma x 1000, integer: 299 R + 587 G + 114 B
                int luma = 299 * ((rgb >> 16) & 0xff) + 587 * ((rgb >> 8) & 0xff) + 114 * (rgb & 0xff);
                int cell = rowBase + columnOf[x];
                sums[cell] += luma;
                counts[cell]++;
            }
        }
        return means(sums, counts, 1000);
    }

    private int[] columnIndex(int width) {
        int[] columnOf = new int[width];
        for (int x = 0; x < width; x++) {
            columnOf[x] = Math.min(columns - 1, (int) ((long) x * columns / width));
        }
        return columnOf;
    }

    /** Rounded means; a cell no sample fell in (a frame smaller than the grid) takes its left or upper neighbour. */
    private byte[] means(long[] sums, int[] counts, int scale) {
        byte[] cells = new byte[sums.length];
        for (int cell = 0; cell < cells.length; cell++) {
            int value;
            if (counts[cell] > 0) {
                value = (int) Math.min(255, Math.round((double) sums[cell] / ((long) counts[cell] * scale)));
            } else if (cell % columns > 0) {
                value = cells[cell - 1] & 0xff;
            } else {
                value = cell >= columns ? cells[cell - columns] & 0xff : 0;
            }
            cells[cell] = (byte) value;
        }
        return cells;
    }
}
