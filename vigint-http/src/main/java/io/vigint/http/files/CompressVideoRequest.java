package io.vigint.http.files;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /api/video/compress} as the original client ({@code APIClient.compress_video}) sends
 * it; read as a stream by {@link CompressVideoResource} (this record only describes it in the API document).
 *
 * @param videoData the MP4 file, base64
 * @param filename its name; echoed
 * @param maxSizeMb the size to get under, in MiB (default 20)
 * @param qualityReduction how much each further attempt shrinks the picture, 0.1 to 1 (default 0.85)
 */
public record CompressVideoRequest(
        @Schema(
                description = "The MP4 file (H.264 or MPEG-4 Part 2), base64",
                format = "byte",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String videoData,

        @Schema(description = "The file's name; echoed", nullable = true)
        String filename,

        @Schema(description = "The size to get under, in MiB (above 0); default 20", nullable = true, example = "20")
        Double maxSizeMb,

        @Schema(
                description = "How much each further attempt shrinks the picture (0.1 to 1; outside, the"
                        + " nearest end); default 0.85",
                nullable = true,
                example = "0.85")
        Double qualityReduction) {}
