package io.vigint.http.video;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.vigint.core.client.Client;
import io.vigint.core.video.analysis.SourceAnalysis;
import io.vigint.core.video.analysis.SourcesAnalysis;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of {@code POST /api/video/multi-source/analyze}, in the original's shape: {@code {"client_name",
 * "client_email","timestamp","sources_analyzed","sources":{source_id: entry},"summary":{…}}}, each entry a
 * {@link SourceAnalysisView} in the order asked (name order when every source was), and our {@code
 * sources_with_analysis} (the sources actually analyzed, each charged as one analysis).
 */
@JsonPropertyOrder({
    "client_name",
    "client_email",
    "timestamp",
    "sources_analyzed",
    "sources",
    "summary",
    "sources_with_analysis"
})
public record MultiSourceAnalysisView(
        String clientName,
        String clientEmail,
        Instant timestamp,

        @Schema(description = "The original's field: how many sources the answer has an entry for")
        int sourcesAnalyzed,

        Map<String, SourceAnalysisView> sources,
        MultiSourceSummary summary,

        @Schema(
                description =
                        "How many sources were analyzed (the others have an error); each is charged as one analysis")
        int sourcesWithAnalysis) {

    /**
     * The original's totals: incidents screening reported ("Flash-Lite" in the original), incidents
     * confirmation confirmed ("Flash"), the difference (vetoed), and whether any was confirmed.
     */
    @JsonPropertyOrder({
        "total_incidents_detected_by_flash_lite",
        "total_incidents_confirmed_by_flash",
        "total_incidents_vetoed",
        "has_any_confirmed_incident"
    })
    public record MultiSourceSummary(
            @Schema(description = "Sources on which screening reported an incident")
            int totalIncidentsDetectedByFlashLite,

            @Schema(description = "Sources on which confirmation confirmed it")
            int totalIncidentsConfirmedByFlash,

            @Schema(description = "Sources on which confirmation vetoed it")
            int totalIncidentsVetoed,

            boolean hasAnyConfirmedIncident) {}

    static MultiSourceAnalysisView of(SourcesAnalysis result, Client client) {
        Map<String, SourceAnalysisView> sources = new LinkedHashMap<>();
        for (SourceAnalysis source : result.sources()) {
            sources.put(source.sourceId(), SourceAnalysisView.of(source));
        }
        return new MultiSourceAnalysisView(
                client.name(),
                client.email(),
                result.timestamp(),
                sources.size(),
                sources,
                new MultiSourceSummary(
                        result.reportedByScreening(), result.confirmed(), result.vetoed(), result.confirmed() > 0),
                result.analyzed());
    }
}
