package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import io.vigint.core.video.analysis.SourceAnalysis;

/**
 * One source of a multi-source analysis: {@code source_id}, the original's {@code source_name} (the id: names
 * sent with frames are not kept) and {@code buffer_size}, then either the fields of a {@code
 * /api/video/analyze} answer ({@link AnalysisView} without {@code client_email}, plus the original's {@code
 * incident_frames_count} when confirmation ran) or, for a source that was not analyzed, the original's {@code
 * "error"} and {@code "has_security_incident": false} with our {@code code} ({@code NO_FRAMES}, {@code
 * ANALYZER_UNAVAILABLE}, {@code ANALYZER_FAILED}).
 */
@JsonPropertyOrder({"source_id", "source_name", "buffer_size"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceAnalysisView(
        String sourceId,

        @Schema(description = "The original's field: the source's name, here its id")
        String sourceName,

        @Schema(description = "How many frames the source's long window holds")
        int bufferSize,

        @JsonUnwrapped AnalysisView result,

        @Schema(
                description = "The original's field, only when confirmation ran: the frames it looked at",
                nullable = true)
        Integer incidentFramesCount,

        @Schema(
                description = "Only for a source that was not analyzed: false (the original's error entry)",
                nullable = true)
        Boolean hasSecurityIncident,

        @Schema(description = "Only for a source that was not analyzed: why (the original's field)", nullable = true)
        String error,

        @Schema(
                description = "Only for a source that was not analyzed: NO_FRAMES, ANALYZER_UNAVAILABLE or"
                        + " ANALYZER_FAILED",
                nullable = true)
        String code) {

    static SourceAnalysisView of(SourceAnalysis source) {
        if (source.wasAnalyzed()) {
            var analysis = source.analysis();
            return new SourceAnalysisView(
                    source.sourceId(),
                    source.sourceId(),
                    source.bufferSize(),
                    AnalysisView.of(analysis, null),
                    analysis.screeningReportedIncident() ? analysis.framesAnalyzed() : null,
                    null,
                    null,
                    null);
        }
        return new SourceAnalysisView(
                source.sourceId(),
                source.sourceId(),
                source.bufferSize(),
                null,
                null,
                false,
                source.message(),
                source.failure().name());
    }
}
