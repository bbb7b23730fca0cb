package io.vigint.core.usage;

import java.util.Objects;

/**
 * The frames and bytes one source of a client ingested in a period: the sum of its {@link IngestUsage} counts.
 */
public record IngestTotal(String sourceId, long frames, long bytes) {
    public IngestTotal {
        Objects.requireNonNull(sourceId, "sourceId");
        if (frames < 0 || bytes < 0) {
            throw new IllegalArgumentException(
                    "counts must not be negative: " + frames + " frames, " + bytes + " bytes");
        }
    }
}
