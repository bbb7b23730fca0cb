package io.vigint.core.videofile;

import io.vigint.core.util.Checks;

/**
 * What a cleanup did.
 *
 * @param type the cleanup asked for
 * @param outcome for {@link CleanupCommand.Type#MONITOR}: {@code ok} (nothing needed), {@code cleanup_performed}
 *     (old files deleted) or {@code emergency_cleanup} (every file deleted); for the others, {@code
 *     cleanup_performed}
 * @param cleaned how many files were deleted
 * @param failed how many could not be deleted
 * @param bytesFreed the bytes of the deleted files
 * @param after what the client keeps now
 */
public record CleanupResult(
        CleanupCommand.Type type, String outcome, int cleaned, int failed, long bytesFreed, StorageUsage after) {
    public CleanupResult {
        Checks.nonNull("type outcome after", type, outcome, after);
    }
}
