package io.vigint.core.video;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Turns received bytes into a {@link Frame} only if they are a JPEG or PNG image: anything else is refused
 * with 400 {@code INVALID_FRAME}, and bytes over the size limit with 413 {@code PAYLOAD_TOO_LARGE}. The
 * format comes from the bytes, never from what the sender says.
 *
 * <p>Two levels of checking ({@link Level}). {@link Level#STRUCTURE} (the default) walks the image's
 * structure without decoding pixels: for JPEG the marker segments up to the start of scan (segment lengths
 * inside the data, quantisation tables, one valid frame header, a scan header matching it) and the
 * {@code EOI} marker at the end; for PNG every chunk (lengths, CRCs), a valid {@code IHDR} first, image data,
 * and {@code IEND} last. Truncated uploads and corrupt headers are refused; damage inside the compressed
 * pixel data is not seen. {@link Level#DECODE} also decodes every pixel, which costs milliseconds per frame instead of microseconds. Both read width and height from the header
 * ({@code SOF} for JPEG, {@code IHDR} for PNG) first and refuse an image over the pixel cap with 413
 * {@code FRAME_TOO_LARGE_PIXELS} before anything is decoded: a few hundred bytes claiming 6300 x 6300
 * pixels cost microseconds, not a 160 MB decode. The format knowledge (structure walk, decoding) is the
 * {@link ImageProbe} port, implemented in vigint-media. Thread-safe.
 */
public final class FrameValidator {
    /** How thoroughly frames are checked. */
    public enum Level {
        /** Header, dimensions and end marker (fast). */
        STRUCTURE,
        /** All of {@link #STRUCTURE}, plus a full decode. */
        DECODE
    }

    /** The default pixel cap: 4096 x 4096 (protects the decoders downstream from decompression bombs). */
    public static final long MAX_PIXELS = FrameBufferSettings.DEFAULT_MAX_FRAME_PIXELS;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

    private final int maxFrameBytes;
    private final long maxPixels;
    private final Level level;
    private final ImageProbe probe;

    /** A validator that checks structure and refuses frames over {@code maxFrameBytes}. */
    public FrameValidator(ImageProbe probe, int maxFrameBytes) {
        this(probe, maxFrameBytes, Level.STRUCTURE);
    }

    /** A validator at {@code level} with the default pixel cap, {@link #MAX_PIXELS}. */
    public FrameValidator(ImageProbe probe, int maxFrameBytes, Level level) {
        this(probe, maxFrameBytes, MAX_PIXELS, level);
    }

    /** A validator at {@code level} refusing frames over {@code maxFrameBytes} or {@code maxPixels}. */
    public FrameValidator(ImageProbe probe, int maxFrameBytes, long maxPixels, Level level) {
        if (maxFrameBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException(
                    "maxFrameBytes and maxPixels must be positive: " + maxFrameBytes + ", " + maxPixels);
        }
        this.maxFrameBytes = maxFrameBytes;
        this.maxPixels = maxPixels;
        this.level = Objects.requireNonNull(level, "level");
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /** The largest frame accepted, in bytes. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /** The most pixels (width x height) of a frame accepted. */
    public long maxPixels() {
        return maxPixels;
    }

    public Level level() {
        return level;
    }

    /**
     * The frame in {@code data}, taken at {@code timestamp}.
     *
     * @throws VigintException {@code PAYLOAD_TOO_LARGE} over the size limit, {@code FRAME_TOO_LARGE_PIXELS} over
     *     the pixel cap (checked on the header, before any decoding), {@code INVALID_FRAME} if the bytes are not a
     *     whole JPEG or PNG image
     */
    public Frame frame(byte[] data, Instant timestamp) {
        Checks.nonNull("data timestamp", data, timestamp);
        if (data.length > maxFrameBytes) {
            throw tooLarge(maxFrameBytes);
        }
        FrameFormat format = sniff(data);
        if (format == null) {
            throw invalid("the data is not a JPEG or PNG image");
        }
        int end = data.length;
        if (format == FrameFormat.JPEG) {
            end = jpegEnd(data);
            if (end < 0) {
                throw invalid("the JPEG image is truncated (no end marker)");
            }
        } else if (!endsWith(data, PNG_IEND)) {
            throw invalid("the PNG image is truncated (no IEND chunk)");
        }
        ImageProbe.Size size = probe.structure(format, data, end);
        long pixels = (long) size.width() * size.height();
        if (pixels > maxPixels) {
            throw new VigintException(
                    CoreErrorCode.FRAME_TOO_LARGE_PIXELS,
                    "The image is " + size.width() + " x " + size.height() + " pixels; at most " + maxPixels
                            + " pixels are accepted",
                    Map.of("width", size.width(), "height", size.height(), "max_pixels", maxPixels));
        }
        if (level == Level.DECODE) {
            probe.decode(format, data);
        }
        return new Frame(data, format, timestamp);
    }

    /** The 413 error for a frame over {@code maxBytes}. */
    public static VigintException tooLarge(long maxBytes) {
        return new VigintException(
                CoreErrorCode.PAYLOAD_TOO_LARGE,
                "The frame is larger than " + maxBytes + " bytes",
                Map.of("max_frame_bytes", maxBytes));
    }

    /** An {@code INVALID_FRAME} error with {@code reason}. */
    public static VigintException invalid(String reason) {
        return new VigintException(
                CoreErrorCode.INVALID_FRAME, CoreErrorCode.INVALID_FRAME.defaultMessage(), Map.of("reason", reason));
    }

    private static FrameFormat sniff(byte[] data) {
        if (data.length >= 4 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
            return FrameFormat.JPEG;
        }
        if (data.length >= PNG_SIGNATURE.length + PNG_IEND.length && startsWith(data, PNG_SIGNATURE)) {
            return FrameFormat.PNG;
        }
        return null;
    }

    /** Where the JPEG data ends: just after its EOI marker (up to 64 zero bytes of padding may follow), or -1. */
    private static int jpegEnd(byte[] data) {
        int end = data.length;
        while (end > 4 && data[end - 1] == 0 && data.length - end < 64) {
            end--;
        }
        return (data[end - 2] & 0xff) == 0xff && (data[end - 1] & 0xff) == 0xd9 ? end : -1;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] data, byte[] suffix) {
        int offset = data.length - suffix.length;
        for (int i = 0; i < suffix.length; i++) {
            if (data[offset + i] != suffix[i]) {
                return false;
            }
        }
        return true;
    }
}
