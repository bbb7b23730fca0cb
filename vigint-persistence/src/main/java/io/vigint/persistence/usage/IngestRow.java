package io.vigint.persistence.usage;

import java.time.OffsetDateTime;

/** One row of {@code ingest_usage}: a client's frames and bytes of one source in the minute starting then. */
public record IngestRow(long clientId, OffsetDateTime minuteStart, String sourceId, long frames, long bytes) {}
