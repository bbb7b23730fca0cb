package io.vigint.core.clip;

/** Fetching an incident clip through a signed link, with no other credential. */
public interface FetchClipUseCase {
    /**
     * The clip {@code id} if {@code token} is a valid, unexpired link token for it.
     *
     * @throws io.vigint.core.error.VigintException {@code INVALID_VIDEO_TOKEN} if the token is missing,
     *     forged, for another clip or expired; {@code CLIP_NOT_FOUND} if there is no such clip (never
     *     stored, or deleted after its retention period)
     */
    ClipContent fetch(String id, String token);
}
