package io.vigint.core.videofile;

/** Clips a client keeps on the server for a signed, expiring link ({@code /video/{id}?token=…}). */
@FunctionalInterface
public interface HostVideoUseCase {
    /**
     * Checks that the file is an MP4 video that decodes within the upload limits, stores it for its owner until
     * its link expires (the lifetime asked for, at most the longest allowed) and makes the link. A clip with the
     * same {@code video_id} the owner hosted before is replaced (its link stops working), as the original
     * server overwrote it.
     *
     * @throws io.vigint.core.error.VigintException 400 {@code INVALID_VIDEO}; 413 {@code PAYLOAD_TOO_LARGE} over
     *     the upload byte limit; 413 {@code STORAGE_QUOTA_EXCEEDED}; 404 {@code CLIENT_NOT_FOUND} if the owner does
     *     not exist
     */
    HostedVideo host(HostVideoCommand command);
}
