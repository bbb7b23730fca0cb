package io.vigint.http.files;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.ClientId;
import io.vigint.core.videofile.CleanupResult;
import java.util.Locale;

/**
 * The answer to {@code POST /api/storage/cleanup}: the original's fields ({@code cleanup_result}, {@code
 * disk_info_after}, {@code cleanup_type}), about the calling client's own files, and ours.
 *
 * @param cleanupResult what was deleted
 * @param diskInfoAfter the client's quota afterwards, as {@code GET /api/storage/status} gives it
 * @param cleanupType {@code old}, {@code all} or {@code monitor}
 * @param storage the client's files afterwards
 */
@JsonPropertyOrder({"cleanup_result", "disk_info_after", "cleanup_type", "storage"})
public record CleanupView(
        Result cleanupResult, StorageStatusView.DiskInfo diskInfoAfter, String cleanupType, StorageStatusView storage) {
    /**
     * The original's {@code cleanup_result}.
     *
     * @param cleaned files deleted
     * @param failed files that could not be deleted
     * @param total both
     * @param status {@code ok}, {@code cleanup_performed} or {@code emergency_cleanup} (as the original's {@code
     *     monitor})
     * @param bytesFreed the bytes of the deleted files
     */
    @JsonPropertyOrder({"cleaned", "failed", "total", "status", "bytes_freed"})
    public record Result(int cleaned, int failed, int total, String status, long bytesFreed) {}

    static CleanupView of(ClientId client, CleanupResult result, long quotaBytes) {
        StorageStatusView after = StorageStatusView.of(client, result.after(), quotaBytes);
        return new CleanupView(
                new Result(
                        result.cleaned(),
                        result.failed(),
                        result.cleaned() + result.failed(),
                        result.outcome(),
                        result.bytesFreed()),
                after.diskInfo(),
                result.type().name().toLowerCase(Locale.ROOT),
                after);
    }
}
