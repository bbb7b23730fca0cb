package io.vigint.core.video;

import io.vigint.core.error.VigintException;

/**
 * What frame validation needs to know about image formats: the port the media adapter implements.
 * {@link FrameValidator} sniffs the format, checks the size limit and the end marker, then asks the probe
 * for the dimensions and, at {@link FrameValidator.Level#DECODE}, for a full decode. Thread-safe.
 */
public interface ImageProbe {
    /** Width and height in pixels, from the image's header. */
    record Size(int width, int height) {}

    /**
     * Walks the structure of the image in {@code data} (a JPEG up to {@code end}, just after its end marker;
     * a whole PNG) without decoding pixels, and returns its dimensions.
     *
     * @throws VigintException {@code INVALID_FRAME} (see {@link FrameValidator#invalid}) if the structure is broken
     */
    Size structure(FrameFormat format, byte[] data, int end);

    /**
     * Decodes every pixel of the image.
     *
     * @throws VigintException {@code INVALID_FRAME} if it does not decode
     */
    void decode(FrameFormat format, byte[] data);
}
