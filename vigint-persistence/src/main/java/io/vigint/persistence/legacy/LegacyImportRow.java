package io.vigint.persistence.legacy;

import java.time.OffsetDateTime;

/**
 * One row of {@code legacy_imports}.
 *
 * @param kind {@code CLIENT}, {@code PAYMENT} or {@code USAGE}
 */
public record LegacyImportRow(String kind, String legacyRef, long clientId, long legacyId, OffsetDateTime importedAt) {}
