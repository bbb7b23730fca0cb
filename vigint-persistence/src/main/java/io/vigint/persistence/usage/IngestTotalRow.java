package io.vigint.persistence.usage;

/** The rows of {@code ingest_usage} of one source summed: frames and bytes. */
public record IngestTotalRow(String sourceId, long frames, long bytes) {}
