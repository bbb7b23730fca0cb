package io.vigint.http.files;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The multipart form of {@code POST /api/v1/videos/upload}, as the original client ({@code
 * VideoLinkService.upload_video}) sends it; read part by part by {@link HostedVideoResource} (this record only
 * describes it in the API document).
 *
 * @param video the MP4 file
 * @param metadata JSON text with {@code video_id} (required) and optionally {@code expiration_hours} and, with an
 *     operator key, {@code client_id}; its other fields are ignored
 * @param expirationHours how many hours the link should work (default and at most {@code
 *     storage.max_link_lifetime})
 * @param clientId with an operator key: the client the clip is for (or {@code client_id} in {@code metadata})
 * @param accessType the original client's {@code private}; accepted, every link is private
 */
public record HostedVideoForm(
        @Schema(
                type = "string",
                format = "binary",
                description = "The MP4 file (H.264 or MPEG-4 Part 2)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String video,

        @Schema(
                description = "JSON: {\"video_id\": \"…\"} (required), optionally expiration_hours and, with an"
                        + " operator key, client_id; other fields ignored",
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "{\"video_id\": \"6f1c…\", \"source\": \"vigint-security-system\"}")
        String metadata,

        @Schema(description = "Hours the link works; default and at most storage.max_link_lifetime", example = "24")
        String expirationHours,

        @Schema(description = "With an operator key (X-Admin-Key): the client the clip is for")
        String clientId,

        @Schema(description = "Original client: private. Accepted; every link is private")
        String accessType) {}
