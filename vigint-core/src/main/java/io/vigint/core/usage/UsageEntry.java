package io.vigint.core.usage;

import java.util.Objects;

/**
 * A stored {@link UsageRecord} with the id the store gave it (increasing in the order records were
 * appended), which makes positions in a listing stable for {@link UsageCursor}s.
 */
public record UsageEntry(long id, UsageRecord record) {
    public UsageEntry {
        Objects.requireNonNull(record, "record");
    }
}
