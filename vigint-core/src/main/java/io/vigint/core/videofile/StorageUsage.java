package io.vigint.core.videofile;

/**
 * What one client keeps on the server's disk: its alert clips, the videos made from its frames and the clips
 * it hosts, each as a count and bytes.
 *
 * @param clips alert clips
 * @param clipBytes their bytes
 * @param created videos made from frames
 * @param createdBytes their bytes
 * @param hosted hosted clips
 * @param hostedBytes their bytes
 */
public record StorageUsage(int clips, long clipBytes, int created, long createdBytes, int hosted, long hostedBytes) {
    /** Nothing stored. */
    public static final StorageUsage NONE = new StorageUsage(0, 0, 0, 0, 0, 0);

    /** How many files in all. */
    public int files() {
        return clips + created + hosted;
    }

    /** How many bytes in all. */
    public long bytes() {
        return clipBytes + createdBytes + hostedBytes;
    }
}
