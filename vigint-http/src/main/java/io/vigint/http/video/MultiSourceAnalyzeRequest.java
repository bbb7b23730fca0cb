package io.vigint.http.video;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The optional body of {@code POST /api/video/multi-source/analyze}: {@code {"source_ids": [...]}}, as the
 * original {@code multi_source_video_analyzer.py} sends it. Absent, {@code null} or empty: every source of the
 * caller that holds frames.
 *
 * @param sourceIds the sources to analyze, each once
 */
public record MultiSourceAnalyzeRequest(
        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "The sources to analyze (at most 256 different ids); absent, null or"
                                        + " empty: every source of the caller that holds frames. A source of"
                                        + " another client is, for the caller, a source without frames",
                                nullable = true),
                schema = @Schema(example = "front-door"))
        List<String> sourceIds) {}
