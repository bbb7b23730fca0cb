package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.usage.IngestTotal;

/**
 * The frame ingest of one source in {@code GET /api/v1/usage}: {@code {"source_id","frames","bytes"}}, the
 * frames buffered in the period and their bytes (the images, not their base64 text).
 */
@JsonPropertyOrder({"source_id", "frames", "bytes"})
public record IngestSourceView(String sourceId, long frames, long bytes) {
    static IngestSourceView of(IngestTotal total) {
        return new IngestSourceView(total.sourceId(), total.frames(), total.bytes());
    }
}
