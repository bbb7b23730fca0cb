package io.vigint.http.video;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.video.analysis.AnalyzeSourcesCommand;
import io.vigint.core.video.analysis.AnalyzeSourcesUseCase;
import io.vigint.core.video.analysis.SourcesAnalysis;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.RequestProperties;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code POST /api/video/multi-source/analyze} (SPEC §3.1b): the two-stage analysis of several of the calling
 * client's own sources (those named by an optional {@code source_ids}, else all that hold frames), each exactly
 * as {@code /api/video/analyze} would, answered in the original's shape ({@link MultiSourceAnalysisView}). A
 * named source without frames, or one the caller never had (another client's source is just that to it), gets
 * a {@code NO_FRAMES} entry that says nothing of anyone else. No source at all is 422 {@code NO_FRAMES}; an
 * analyzer failure fails its source's entry, or the call (503/502) when no source could be analyzed. Metered
 * per source analyzed ({@link RequestProperties#BILLABLE_UNITS}).
 */
@Tag(name = "Video")
@Path("api/video/multi-source/analyze")
@Produces(MediaType.APPLICATION_JSON)
public final class MultiSourceAnalyzeResource {
    private final AnalyzeSourcesUseCase analysis;

    @Inject
    public MultiSourceAnalyzeResource(AnalyzeSourcesUseCase analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    @Operation(
            operationId = "analyzeSources",
            summary = "Analyse several sources (the listed source_ids, or all of the caller's) for incidents")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MultiSourceAnalysisView analyze(MultiSourceAnalyzeRequest body, @Context ContainerRequestContext request) {
        ClientPrincipal caller = ClientPrincipal.of(request);
        SourcesAnalysis result = analysis.analyzeSources(
                new AnalyzeSourcesCommand(caller.client().id(), body == null ? null : body.sourceIds()));
        request.setProperty(RequestProperties.BILLABLE_UNITS, result.analyzed());
        return MultiSourceAnalysisView.of(result, caller.client());
    }
}
