package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import io.vigint.core.video.SourceIds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Frame ingest of one client's source in one minute (SPEC §1, "Usage record": ingest is counted per client,
 * source and minute, not one record per frame): how many frames were buffered and how many bytes they had.
 * Unlike a {@link UsageRecord}, it is not one call: counts of the same client, source and minute add up
 * ({@link #plus}), and the store keeps one row per such key, adding each count to it.
 *
 * <p>The constructor checks what storage needs: the source id is 1 to {@value #MAX_SOURCE} characters, the
 * counts are not negative, and {@code minute} is cut down to the start of its minute (UTC).
 *
 * @param minute the start of the minute (seconds and below are dropped)
 * @param frames frames buffered
 * @param bytes their size in bytes, as buffered (the decoded image, not its base64 text)
 */
public record IngestUsage(ClientId clientId, String sourceId, Instant minute, long frames, long bytes) {
    /** Longest source id stored (that of {@link SourceIds}). */
    public static final int MAX_SOURCE = SourceIds.MAX_LENGTH;

    /** The order of keys: client, minute, source. Stores add counts in this order (no lock cycles). */
    public static final Comparator<IngestUsage> BY_KEY = Comparator.comparingLong(
                    (IngestUsage u) -> u.clientId().value())
            .thenComparing(IngestUsage::minute)
            .thenComparing(IngestUsage::sourceId);

    public IngestUsage {
        Checks.nonNull("clientId sourceId minute", clientId, sourceId, minute);
        if (sourceId.isEmpty() || sourceId.length() > MAX_SOURCE) {
            throw new IllegalArgumentException("sourceId must have 1 to " + MAX_SOURCE + " characters: " + sourceId);
        }
        if (frames < 0 || bytes < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: " + frames + " frames, " + bytes + " bytes");
        }
        minute = minute.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whether {@code other} counts the same client, source and minute. */
    public boolean sameKey(IngestUsage other) {
        return clientId.equals(other.clientId) && sourceId.equals(other.sourceId) && minute.equals(other.minute);
    }

    /**
     * This count plus {@code other}, which must have the same key.
     *
     * @throws IllegalArgumentException if the keys differ
     * @throws ArithmeticException if a sum overflows
     */
    public IngestUsage plus(IngestUsage other) {
        if (!sameKey(other)) {
            throw new IllegalArgumentException("cannot add counts of different keys: " + this + " and " + other);
        }
        return new IngestUsage(
                clientId, sourceId, minute, Math.addExact(frames, other.frames), Math.addExact(bytes, other.bytes));
    }

    /**
     * {@code counts} summed per key: one count per client, source and minute, in {@link #BY_KEY} order. This is
     * what a store adds in one statement: two counts of one key in one statement would update the same row twice.
     */
    public static List<IngestUsage> merge(Collection<IngestUsage> counts) {
        Map<IngestUsage, IngestUsage> byKey = new TreeMap<>(BY_KEY);
        for (IngestUsage count : counts) {
            byKey.merge(count, count, IngestUsage::plus);
        }
        return new ArrayList<>(byKey.values());
    }
}
