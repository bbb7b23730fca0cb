package io.vigint.http.video;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.video.analysis.AnalyzeIncidentCommand;
import io.vigint.core.video.analysis.AnalyzeIncidentUseCase;
import io.vigint.http.ClientPrincipal;
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
 * {@code POST /api/video/analyze}: two-stage incident analysis of the calling client's own frames (the
 * default source, or {@code source_id} from an optional JSON body; an empty body is fine). A source with
 * no frames is 422 {@code NO_FRAMES}; an analyzer that cannot be reached is 503 {@code
 * ANALYZER_UNAVAILABLE}, one that answers badly 502 {@code ANALYZER_FAILED}. The original clients' fields
 * ({@code frame}, {@code frame_data}, {@code frame_count}, {@code buffer_type}) are accepted and not used (see
 * {@link AnalyzeRequest}); the answer carries the original's fields next to ours ({@link AnalysisView}).
 */
@Tag(name = "Video", description = "Frames in, incident analysis out")
@Path("api/video/analyze")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalyzeResource {
    private final AnalyzeIncidentUseCase analysis;

    @Inject
    public AnalyzeResource(AnalyzeIncidentUseCase analysis) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    @Operation(operationId = "analyzeIncident", summary = "Analyse the buffered frames for an incident")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AnalysisView analyze(AnalyzeRequest body, @Context ContainerRequestContext request) {
        String sourceId = body == null ? null : body.sourceId();
        ClientPrincipal caller = ClientPrincipal.of(request);
        return AnalysisView.of(
                analysis.analyze(new AnalyzeIncidentCommand(caller.client().id(), sourceId)),
                caller.client().email());
    }
}
