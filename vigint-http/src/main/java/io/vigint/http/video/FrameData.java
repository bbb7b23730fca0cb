package io.vigint.http.video;

import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameValidator;
import java.util.Base64;

/** A frame sent as base64 text in JSON, as the frame routes and {@code /api/video/create} take it. */
public final class FrameData {
    private static final String DATA_URL = "data:";

    private FrameData() {}

    /** The longest base64 text taken for a frame of at most {@code maxFrameBytes} (longer: 413). */
    static long maxEncodedLength(int maxFrameBytes) {
        return 4L * ((maxFrameBytes + 2L) / 3) + 1024;
    }

    /**
     * The bytes of base64 {@code text} (field {@code field} of the body): a {@code data:image/…;base64,} prefix,
     * line breaks (Python's {@code base64.encodebytes}) and the URL-safe alphabet are accepted.
     *
     * @throws VigintException 400 {@code VALIDATION_FAILED} when missing, 400 {@code INVALID_FRAME} for malformed
     *     base64, 413 {@code PAYLOAD_TOO_LARGE} when clearly longer than {@code maxFrameBytes} decoded
     */
    public static byte[] decode(String text, String field, int maxFrameBytes) {
        if (text == null || text.isBlank()) {
            throw VigintException.invalid(field, field + " is required: the JPEG or PNG image, base64");
        }
        String data = text;
        if (data.startsWith(DATA_URL)) {
            int comma = data.indexOf(',');
            if (comma < 0 || !data.substring(0, comma).endsWith(";base64")) {
                throw FrameValidator.invalid(field + " is a data URL without base64 data");
            }
            data = data.substring(comma + 1);
        }
        if (data.length() > maxEncodedLength(maxFrameBytes)) {
            throw FrameValidator.tooLarge(maxFrameBytes);
        }
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException strict) {
            String compact = data.replaceAll("\\s+", "");
            try {
                return compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
                        ? Base64.getUrlDecoder().decode(compact)
                        : Base64.getDecoder().decode(compact);
            } catch (IllegalArgumentException e) {
                throw FrameValidator.invalid(field + " is not valid base64");
            }
        }
    }
}
