package io.vigint.http.metering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.usage.GroupBy;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageQuery;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.json.Envelope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /api/v1/usage} (SPEC §3.2): the calling client's usage in a period, as records (oldest first)
 * or summed per day or endpoint ({@code group_by}), a page at a time.
 *
 * <p>Query parameters: {@code from}, {@code to} (a day such as {@code 2026-11-01}, meaning its start in
 * UTC, or an instant such as {@code 2026-11-01T12:00:00Z}; the period is [from, to); by default the
 * current calendar month in UTC); {@code group_by} ({@code day} or {@code endpoint}); {@code limit} (1 to
 * 1000, default 100); {@code cursor} (the {@code next_cursor} of the previous page). Bad values are 400
 * {@code VALIDATION_FAILED} naming the parameter; {@code from} not before {@code to} is 400
 * {@code INVALID_PERIOD}.
 *
 * <p>Frame ingest is not in {@code usage} (it is not metered call by call): {@code ingest} lists, for each
 * source that buffered frames in the period, the frames and bytes counted (per minute in storage; a minute
 * belongs to the period if it starts in it).
 */
@Tag(name = "Usage")
@Path("api/v1/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class UsageReportResource {
    private final UsageReportUseCase usage;
    private final Clock clock;

    public UsageReportResource(UsageReportUseCase usage, Clock clock) {
        this.usage = Objects.requireNonNull(usage, "usage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Operation(operationId = "getUsageReport", summary = "The caller's usage over a period, grouped and paged")
    @GET
    public Envelope<UsageReportView> report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("group_by") String groupBy,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @Context ContainerRequestContext request) {
        ClientId clientId = ClientPrincipal.of(request).client().id();
        UsagePeriod month = UsagePeriod.monthOf(clock.instant());
        UsagePeriod period = new UsagePeriod(
                from == null ? month.from() : UsagePeriod.parseBound("from", from),
                to == null ? month.to() : UsagePeriod.parseBound("to", to));
        UsageQuery query =
                new UsageQuery(clientId, period, cursor == null ? null : UsageCursor.parse(cursor), limit(limit));
        GroupBy grouping = groupBy == null ? null : GroupBy.parse(groupBy);
        List<?> items;
        UsageCursor next;
        if (grouping == null) {
            UsagePage<UsageEntry> page = usage.records(query);
            items = page.items().stream()
                    .map(e -> UsageRecordView.of(e.record()))
                    .toList();
            next = page.next();
        } else {
            UsagePage<UsageGroup> page = usage.groups(query, grouping);
            items = page.items().stream()
                    .map(g -> UsageGroupView.of(g, grouping))
                    .toList();
            next = page.next();
        }
        List<IngestSourceView> ingest = usage.ingestBySource(clientId, period).stream()
                .map(IngestSourceView::of)
                .toList();
        return Envelope.of(new UsageReportView(
                period.from(),
                period.to(),
                grouping == null ? null : grouping.label(),
                items,
                ingest,
                next == null ? null : next.token()));
    }

    private static int limit(String text) {
        if (text == null) {
            return UsageQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw VigintException.invalid(
                    "limit",
                    "limit must be a whole number from " + UsageQuery.MIN_LIMIT + " to " + UsageQuery.MAX_LIMIT
                            + ", got: " + text);
        }
    }
}
