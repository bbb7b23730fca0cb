package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipContent;

/** Videos made from a client's own frames, and their download by that client. */
public interface CreateVideoUseCase {
    /**
     * Encodes the frames and stores the video for its owner.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_FRAME}, {@code PAYLOAD_TOO_LARGE} or {@code
     *     FRAME_TOO_LARGE_PIXELS} for a given image (with its {@code index}); 413 {@code TOO_MANY_FRAMES} for more
     *     images than an uploaded video may have; 422 {@code NO_FRAMES} when the buffer is empty; 413 {@code
     *     STORAGE_QUOTA_EXCEEDED}
     */
    CreatedVideo create(CreateVideoCommand command);

    /**
     * The created video {@code id} of {@code caller}, until it expires.
     *
     * @throws io.vigint.core.error.VigintException 404 {@code CLIP_NOT_FOUND} if there is no such video, it
     *     expired, or it belongs to another client (the same answer, so nothing is revealed)
     */
    ClipContent download(ClientId caller, String id);
}
