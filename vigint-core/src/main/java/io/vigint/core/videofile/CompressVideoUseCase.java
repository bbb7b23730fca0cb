package io.vigint.core.videofile;

/** A client's recording re-encoded smaller; nothing is stored. */
@FunctionalInterface
public interface CompressVideoUseCase {
    /**
     * The recording under {@code command.maxBytes()} if it can be made so.
     *
     * @throws io.vigint.core.error.VigintException 400 {@code INVALID_VIDEO} if it is not an MP4 that decodes
     *     within the upload limits; 413 {@code PAYLOAD_TOO_LARGE} over their byte limit
     */
    CompressedVideo compress(CompressVideoCommand command);
}
