package io.vigint.http.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.ClientId;
import io.vigint.core.videofile.StorageUsage;

/**
 * The answer to {@code GET /api/storage/status}: the original's fields ({@code disk_info}, {@code temp_files},
 * {@code status}), about the calling client's own files and quota, never the server's disk; and ours.
 *
 * @param diskInfo the client's quota as the original described its disk
 * @param tempFiles the client's files as the original counted its temporary videos
 * @param status {@code healthy}, or {@code low_space} from 90% of the quota on
 * @param quotaBytes the client's quota
 * @param usedBytes the bytes its files take
 * @param clips its alert clips
 * @param createdVideos its videos made by {@code /api/video/create}
 * @param hostedVideos its clips hosted by {@code /api/v1/videos/upload}
 */
@JsonPropertyOrder({
    "disk_info",
    "temp_files",
    "status",
    "quota_bytes",
    "used_bytes",
    "clips",
    "created_videos",
    "hosted_videos"
})
public record StorageStatusView(
        DiskInfo diskInfo,
        TempFiles tempFiles,
        String status,
        long quotaBytes,
        long usedBytes,
        Files clips,
        Files createdVideos,
        Files hostedVideos) {
    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final double MIB = 1024.0 * 1024;
    /** The share of the quota from which the client's space is low. */
    static final double LOW_SPACE = 0.9;

    /**
     * The original's {@code disk_info}, of the client's quota.
     *
     * @param available whether less than 90% of the quota is used
     * @param freeGb what is left of the quota, in GiB
     * @param totalGb the quota, in GiB
     * @param usedGb what the client's files take, in GiB
     * @param path what is measured: {@code client/<id>} (the original gave its temporary directory)
     */
    @JsonPropertyOrder({"available", "free_gb", "total_gb", "used_gb", "path"})
    public record DiskInfo(boolean available, double freeGb, double totalGb, double usedGb, String path) {
        static DiskInfo of(ClientId client, StorageUsage usage, long quotaBytes) {
            long used = usage.bytes();
            return new DiskInfo(
                    used < LOW_SPACE * quotaBytes,
                    Math.max(0, quotaBytes - used) / GIB,
                    quotaBytes / GIB,
                    used / GIB,
                    "client/" + client.value());
        }
    }

    /**
     * The original's {@code temp_files}, of the client's files.
     *
     * @param tracked how many files the client has
     * @param existing the same (every file counted exists)
     * @param totalSizeMb their size in MiB
     */
    @JsonPropertyOrder({"tracked", "existing", "total_size_mb"})
    public record TempFiles(int tracked, int existing, double totalSizeMb) {}

    /**
     * Files of one kind.
     *
     * @param count how many
     * @param bytes their bytes
     */
    @JsonPropertyOrder({"count", "bytes"})
    public record Files(int count, long bytes) {}

    static StorageStatusView of(ClientId client, StorageUsage usage, long quotaBytes) {
        DiskInfo disk = DiskInfo.of(client, usage, quotaBytes);
        return new StorageStatusView(
                disk,
                new TempFiles(usage.files(), usage.files(), usage.bytes() / MIB),
                disk.available() ? "healthy" : "low_space",
                quotaBytes,
                usage.bytes(),
                new Files(usage.clips(), usage.clipBytes()),
                new Files(usage.created(), usage.createdBytes()),
                new Files(usage.hosted(), usage.hostedBytes()));
    }
}
