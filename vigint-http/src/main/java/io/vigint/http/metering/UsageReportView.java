package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of {@code GET /api/v1/usage}: the period [{@code from}, {@code to}), the grouping
 * ({@code null}, {@code day} or {@code endpoint}), one page of records ({@link UsageRecordView}) or groups
 * ({@link UsageGroupView}) in {@code usage}, the period's frame ingest per source in {@code ingest} ({@link
 * IngestSourceView}: not paged, the same on every page; ingest is counted per source and minute, never as
 * records), and {@code next_cursor} ({@code null} on the last page).
 */
@JsonPropertyOrder({"from", "to", "group_by", "usage", "ingest", "next_cursor"})
public record UsageReportView(
        Instant from, Instant to, String groupBy, List<?> usage, List<IngestSourceView> ingest, String nextCursor) {}
