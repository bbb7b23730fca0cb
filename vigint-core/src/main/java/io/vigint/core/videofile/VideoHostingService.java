package io.vigint.core.videofile;

import io.vigint.core.client.ClientStore;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.VideoLink;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.Checks;
import io.vigint.core.video.DecodedVideo;
import io.vigint.core.video.VideoDecoder;
import io.vigint.core.video.VideoLimits;
import io.vigint.core.video.VideoUploadService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Hosts clients' clips in the {@link VideoFileStore} with links signed like alert clips' ({@link
 * ClipService#link(ClipId, Instant)}): the file must decode ({@link VideoDecoder}, within the upload limits), it
 * counts against the owner's quota, and it is kept until its link expires, at most {@code maxLifetime}.
 */
public record VideoHostingService(
        VideoDecoder decoder,
        VideoLimits limits,
        VideoFileStore store,
        StorageQuota quota,
        ClipService links,
        ClientStore clients,
        Clock clock,
        RandomSource random,
        Duration maxLifetime)
        implements HostVideoUseCase {
    public VideoHostingService {
        Checks.nonNull(
                "decoder limits store quota links clients clock random maxLifetime",
                decoder,
                limits,
                store,
                quota,
                links,
                clients,
                clock,
                random,
                maxLifetime);
    }

    @Override
    public HostedVideo host(HostVideoCommand command) {
        if (clients.findById(command.owner()).isEmpty()) {
            throw new VigintException(CoreErrorCode.CLIENT_NOT_FOUND);
        }
        byte[] video = command.video();
        if (video.length > limits.maxBytes()) {
            throw VideoUploadService.tooLarge(limits.maxBytes());
        }
        DecodedVideo decoded = decoder.decode(video, limits);
        quota.checkRoom(command.owner(), video.length);
        Duration lifetime = command.lifetime() == null || command.lifetime().compareTo(maxLifetime) > 0
                ? maxLifetime
                : command.lifetime();
        Instant now = clock.instant();
        // links carry their expiry to the second: round up, so the link works for all of the lifetime
        Instant expiresAt = now.plus(lifetime).plusNanos(999_999_999).truncatedTo(ChronoUnit.SECONDS);
        VideoFile file = new VideoFile(
                ClipId.random(random),
                command.owner(),
                VideoFileKind.HOSTED,
                command.videoId(),
                now,
                expiresAt,
                video.length);
        store.save(file, video);
        for (VideoFile older : store.listOwnedBy(command.owner())) {
            if (older.kind() == VideoFileKind.HOSTED
                    && older.name().equals(file.name())
                    && !older.id().equals(file.id())) {
                store.delete(older.id());
            }
        }
        VideoLink link = links.link(file.id(), expiresAt);
        return new HostedVideo(file, link, decoded);
    }
}
