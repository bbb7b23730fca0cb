package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Each client's alert clips ({@link ClipStore}) and video files ({@link VideoFileStore}) as the client sees them:
 * usage against the {@link StorageQuota} and cleanup of its own files; and the purge of expired video files,
 * which the server runs on a schedule like the clip purge.
 */
public record ClientStorageService(ClipStore clips, VideoFileStore files, StorageQuota quota, Clock clock)
        implements ClientStorageUseCase {
    /** The share of the quota from which a {@code monitor} cleanup deletes anything. */
    static final double MONITOR_THRESHOLD = 0.9;

    public ClientStorageService {
        Checks.nonNull("clips files quota clock", clips, files, quota, clock);
    }

    @Override
    public StorageUsage usage(ClientId client) {
        return quota.usage(client);
    }

    @Override
    public long quotaBytes() {
        return quota.quotaBytes();
    }

    @Override
    public CleanupResult cleanup(CleanupCommand command) {
        ClientId client = command.client();
        Tally tally = new Tally();
        String outcome = "cleanup_performed";
        switch (command.type()) {
            case ALL -> deleteOlderThan(client, null, tally);
            case OLD -> deleteOlderThan(client, command.maxAge(), tally);
            case MONITOR -> {
                if (!nearQuota(client)) {
                    outcome = "ok";
                } else {
                    deleteOlderThan(client, Duration.ofHours(1), tally);
                    if (nearQuota(client)) {
                        deleteOlderThan(client, null, tally);
                        outcome = "emergency_cleanup";
                    }
                }
            }
        }
        return new CleanupResult(
                command.type(), outcome, tally.cleaned, tally.failed, tally.bytes, quota.usage(client));
    }

    /** Deletes the video files that have expired, every owner's; returns how many. */
    public int purgeExpired() {
        return files.deleteExpired(clock.instant());
    }

    private boolean nearQuota(ClientId client) {
        return quota.usage(client).bytes() >= MONITOR_THRESHOLD * quota.quotaBytes();
    }

    /** Deletes the client's files at least {@code maxAge} old (all when null) and its expired video files. */
    private void deleteOlderThan(ClientId client, Duration maxAge, Tally tally) {
        Instant now = clock.instant();
        Instant cutoff = maxAge == null ? Instant.MAX : now.minus(maxAge);
        for (StoredClip clip : clips.listClient(client)) {
            if (!clip.createdAt().isAfter(cutoff)) {
                tally.delete(clip.size(), () -> clips.delete(clip.id()));
            }
        }
        for (VideoFile file : files.listOwnedBy(client)) {
            if (!file.createdAt().isAfter(cutoff) || file.expiredAt(now)) {
                tally.delete(file.size(), () -> files.delete(file.id()));
            }
        }
    }

    /** Counts deletions: a file already gone counts neither way, one that cannot be deleted as failed. */
    private static final class Tally {
        int cleaned;
        int failed;
        long bytes;

        void delete(long size, BooleanSupplier deletion) {
            try {
                if (deletion.getAsBoolean()) {
                    cleaned++;
                    bytes += size;
                }
            } catch (RuntimeException e) {
                // the store could not delete it (an I/O error): left for the next cleanup or purge
                failed++;
            }
        }
    }
}
