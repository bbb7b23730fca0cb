/**
 * Migration from an original Vigint deployment (the Python system whose schema is declared in its
 * {@code vigint/models.py}): what is read from it ({@link io.vigint.core.legacy.LegacySource}, opened by
 * {@link io.vigint.core.legacy.LegacySources}), what was imported already ({@link
 * io.vigint.core.legacy.LegacyImportLedger}), and the import itself ({@link
 * io.vigint.core.legacy.ImportLegacyUseCase}, implemented by {@link io.vigint.core.legacy.LegacyImportService}):
 * clients, their API keys (the original's SHA-256 hashes, so its keys keep working), usage records and
 * payment details, idempotently, with a dry run.
 */
package io.vigint.core.legacy;
