package io.vigint.media;

import io.vigint.core.video.ImageProbe.Size;
import java.util.zip.CRC32;

/**
 * Walks the structure of a JPEG or PNG image without decoding it: what {@link ImageIoProbe#structure} reports
 * to the core's {@code FrameValidator} at its {@code STRUCTURE} level. Returns the dimensions, or {@code null} with a reason in {@link #problem}.
 */
final class ImageStructure {
    private String problem;

    String problem() {
        return problem;
    }

    private Size fail(String reason) {
        problem = reason;
        return null;
    }

    /**
     * JPEG: {@code SOI}, then marker segments whose lengths stay inside the data, at least one quantisation
     * table ({@code DQT}), exactly one frame header ({@code SOF0}–{@code SOF15} except {@code DHT}, {@code JPG},
     * {@code DAC}) with precision 8 or 12, non-zero dimensions and 1–4 components whose count matches the
     * segment length, then a start of scan ({@code SOS}) whose components match; and {@code EOI} at
     * {@code end}.
     */
    Size jpeg(byte[] d, int end) {
        int i = 2;
        boolean quantisation = false;
        Size size = null;
        int components = 0;
        while (true) {
            if (i + 4 > end) {
                return fail("the JPEG header ends early");
            }
            if ((d[i] & 0xff) != 0xff) {
                return fail("the JPEG header is corrupt (no marker at byte " + i + ")");
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xff) { // fill byte
                i++;
                continue;
            }
            if (marker == 0xd8 || marker == 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker == 0x01) {
                return fail("the JPEG header is corrupt (unexpected marker " + Integer.toHexString(marker) + ")");
            }
            int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
            if (length < 2 || i + 2 + length > end) {
                return fail("the JPEG header is corrupt (a segment runs past the data)");
            }
            int body = i + 4;
            if (marker == 0xdb) {
                quantisation = true;
            } else if (isStartOfFrame(marker)) {
                if (size != null) {
                    return fail("the JPEG has two frame headers");
                }
                if (length < 8) {
                    return fail("the JPEG frame header is too short");
                }
                int precision = d[body] & 0xff;
                int height = ((d[body + 1] & 0xff) << 8) | (d[body + 2] & 0xff);
                int width = ((d[body + 3] & 0xff) << 8) | (d[body + 4] & 0xff);
                components = d[body + 5] & 0xff;
                if ((precision != 8 && precision != 12)
                        || components < 1
                        || components > 4
                        || length != 8 + 3 * components) {
                    return fail("the JPEG frame header is invalid");
                }
                if (width == 0 || height == 0) {
                    return fail("the JPEG has no pixels (" + width + " x " + height + ")");
                }
                size = new Size(width, height);
            } else if (marker == 0xda) {
                if (size == null || !quantisation) {
                    return fail("the JPEG scan starts before its frame header or quantisation tables");
                }
                int scanComponents = length >= 3 ? d[body] & 0xff : 0;
                if (scanComponents < 1 || scanComponents > components || length != 6 + 2 * scanComponents) {
                    return fail("the JPEG scan header is invalid");
                }
                if (i + 2 + length >= end - 2) {
                    return fail("the JPEG has no image data");
                }
                return size;
            }
            i += 2 + length;
        }
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /**
     * PNG: the signature, an {@code IHDR} chunk first with a valid CRC, non-zero dimensions and a valid
     * colour type and bit depth, then chunks whose lengths stay inside the data and whose CRCs are right, at
     * least one {@code IDAT}, and {@code IEND} last.
     */
    Size png(byte[] d) {
        int i = 8;
        Size size = null;
        boolean data = false;
        CRC32 crc = new CRC32();
        while (true) {
            if (i + 12 > d.length) {
                return fail("the PNG ends early (no IEND chunk)");
            }
            long length = ((long) (d[i] & 0xff) << 24)
                    | ((d[i + 1] & 0xff) << 16)
                    | ((d[i + 2] & 0xff) << 8)
                    | (d[i + 3] & 0xff);
            if (length > d.length - i - 12L) {
                return fail("the PNG is corrupt (a chunk runs past the data)");
            }
            int len = (int) length;
            int type = i + 4;
            crc.reset();
            crc.update(d, type, 4 + len);
            int at = type + 4 + len;
            long stored = ((long) (d[at] & 0xff) << 24)
                    | ((d[at + 1] & 0xff) << 16)
                    | ((d[at + 2] & 0xff) << 8)
                    | (d[at + 3] & 0xff);
            if (crc.getValue() != stored) {
                return fail("the PNG is corrupt (a chunk's CRC is wrong)");
            }
            String name = new String(d, type, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (size == null) {
                if (!name.equals("IHDR") || len != 13) {
                    return fail("the PNG does not start with its IHDR chunk");
                }
                int body = type + 4;
                long width = readInt(d, body);
                long height = readInt(d, body + 4);
                int depth = d[body + 8] & 0xff;
                int colour = d[body + 9] & 0xff;
                if (width == 0 || height == 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
                    return fail("the PNG has no pixels (" + width + " x " + height + ")");
                }
                if (!validDepth(colour, depth)) {
                    return fail("the PNG's colour type and bit depth are invalid");
                }
                size = new Size((int) width, (int) height);
            } else if (name.equals("IDAT")) {
                data = true;
            } else if (name.equals("IEND")) {
                if (!data) {
                    return fail("the PNG has no image data");
                }
                if (at + 4 != d.length) {
                    return fail("the PNG has data after its IEND chunk");
                }
                return size;
            }
            i = at + 4;
        }
    }

    private static long readInt(byte[] d, int at) {
        return ((long) (d[at] & 0xff) << 24)
                | ((d[at + 1] & 0xff) << 16)
                | ((d[at + 2] & 0xff) << 8)
                | (d[at + 3] & 0xff);
    }

    private static boolean validDepth(int colour, int depth) {
        return switch (colour) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
    }
}
