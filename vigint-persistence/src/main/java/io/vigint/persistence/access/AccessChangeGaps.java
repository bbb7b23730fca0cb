package io.vigint.persistence.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the access-change feed stands: the highest id read (the cursor) and the ids a read skipped.
 * Ids come from a sequence but commit out of order, so an id below one already read may still appear;
 * each skipped id is looked for again until its deadline. More skipped ids at once than the limit are
 * sequence jumps, not transactions still open: only the last ones are kept. Not thread-safe.
 */
final class AccessChangeGaps {
    private final Duration wait;
    private final int maxIds;
    /** The highest id read, or -1 when unknown. */
    private long cursor = -1;
    /** Skipped ids, oldest first, with the instant to stop looking for each. */
    private final Map<Long, Instant> deadlines = new LinkedHashMap<>();

    AccessChangeGaps(Duration wait, int maxIds) {
        this.wait = wait;
        this.maxIds = maxIds;
    }

    /** True once the cursor is known. */
    boolean positioned() {
        return cursor >= 0;
    }

    /** The highest id read, or -1 when unknown. */
    long cursor() {
        return cursor;
    }

    /** Sets the cursor to the highest id in the table ({@code -1}: unknown), forgetting nothing skipped. */
    void position(long highestId) {
        cursor = highestId;
    }

    /** The skipped ids still looked for, oldest first. */
    List<Long> awaited() {
        return new ArrayList<>(deadlines.keySet());
    }

    /**
     * Takes note of a row read at {@code now}: past the cursor, it moves the cursor and the ids between
     * become skipped ones; at or below, it was a skipped id, now found.
     */
    void read(long id, Instant now) {
        if (id > cursor) {
            rememberSkipped(cursor + 1, id, now.plus(wait));
            cursor = id;
        } else {
            deadlines.remove(id);
        }
    }

    /** Stops looking for skipped ids whose deadline is {@code now} or earlier. */
    void expire(Instant now) {
        deadlines.values().removeIf(deadline -> !now.isBefore(deadline));
    }

    private void rememberSkipped(long from, long to, Instant deadline) {
        for (long id = Math.max(from, to - maxIds); id < to; id++) {
            deadlines.put(id, deadline);
        }
        Iterator<Long> oldest = deadlines.keySet().iterator();
        while (deadlines.size() > maxIds && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
