package io.vigint.http.metering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.http.ClientPrincipal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /api/usage} (SPEC §3.1, the seed's shape): the calling key's last 100 calls, newest first. A
 * caller with an access token sees its client's last 100 calls made with access tokens. Frame ingest is not in
 * it: ingest is counted per source and minute, not as calls (see {@code GET /api/v1/usage}'s {@code ingest}).
 */
@Tag(name = "Usage", description = "The caller's metered usage")
@Path("api/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class LatestUsageResource {
    private final UsageReportUseCase usage;

    public LatestUsageResource(UsageReportUseCase usage) {
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    @Operation(operationId = "getLatestUsage", summary = "The caller's usage in the current month")
    @GET
    public LatestUsageView latest(@Context ContainerRequestContext request) {
        ClientPrincipal principal = ClientPrincipal.of(request);
        ApiKeyId key = principal.apiKey() == null ? null : principal.apiKey().id();
        List<UsageItemView> items = usage.latest(principal.client().id(), key).stream()
                .map(UsageEntry::record)
                .map(UsageItemView::of)
                .toList();
        return new LatestUsageView(
                key == null ? null : key.value(), principal.client().name(), items.size(), items);
    }
}
