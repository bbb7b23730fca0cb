package io.vigint.http.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The optional body of {@code POST /api/storage/cleanup}, as the original client ({@code
 * APIClient.cleanup_storage}) sends it: {@code {}} or {@code {"max_age_hours": n}}; and the original server's
 * {@code type}.
 *
 * @param type {@code old} (default), {@code all} or {@code monitor}
 * @param maxAgeHours for {@code old}: files at least this many hours old are deleted (default 24)
 */
public record CleanupRequest(
        @Schema(
                description = "old (default): files at least max_age_hours old and expired videos; all: every"
                        + " file; monitor: only from 90% of the quota on, files older than an hour, then all",
                implementation = String.class,
                nullable = true,
                example = "old")
        JsonNode type,

        @Schema(
                description = "For old: the age, in hours, from which files are deleted; default 24",
                implementation = Double.class,
                nullable = true,
                example = "24")
        JsonNode maxAgeHours) {}
