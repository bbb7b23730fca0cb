package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.clip.StoredClip;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.Map;

/**
 * How much one client may keep on the server's disk: its alert clips, created videos and hosted clips together
 * at most {@code quotaBytes}. Checked before a client's video is stored (an alert clip, made by the server, is
 * never refused, but counts); two stores racing may together go over by one file.
 *
 * @param quotaBytes the most bytes one client's files may take
 */
public record StorageQuota(ClipStore clips, VideoFileStore files, long quotaBytes) {
    public StorageQuota {
        Checks.nonNull("clips files", clips, files);
        if (quotaBytes < 1) {
            throw new IllegalArgumentException("quotaBytes must be positive");
        }
    }

    /** What {@code client} keeps now. */
    public StorageUsage usage(ClientId client) {
        int clipCount = 0;
        long clipBytes = 0;
        for (StoredClip clip : clips.listClient(client)) {
            clipCount++;
            clipBytes += clip.size();
        }
        int[] counts = new int[VideoFileKind.values().length];
        long[] bytes = new long[counts.length];
        for (VideoFile file : files.listOwnedBy(client)) {
            counts[file.kind().ordinal()]++;
            bytes[file.kind().ordinal()] += file.size();
        }
        int created = VideoFileKind.CREATED.ordinal();
        int hosted = VideoFileKind.HOSTED.ordinal();
        return new StorageUsage(clipCount, clipBytes, counts[created], bytes[created], counts[hosted], bytes[hosted]);
    }

    /**
     * Refuses to store {@code bytes} more for {@code client} if that would take it over the quota.
     *
     * @throws VigintException 413 {@code STORAGE_QUOTA_EXCEEDED} with the quota, the bytes used and needed
     */
    public void checkRoom(ClientId client, long bytes) {
        long used = usage(client).bytes();
        if (used + bytes > quotaBytes) {
            throw new VigintException(
                    CoreErrorCode.STORAGE_QUOTA_EXCEEDED,
                    "Storing " + bytes + " more bytes would take this client's videos over its quota of " + quotaBytes
                            + " bytes (" + used + " used); delete some with POST /api/storage/cleanup",
                    Map.of("quota_bytes", quotaBytes, "used_bytes", used, "needed_bytes", bytes));
        }
    }
}
