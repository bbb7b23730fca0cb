/**
 * The {@code legacy_imports} table: what was imported from original Vigint deployments, its MyBatis mapper,
 * row type and {@link io.vigint.persistence.legacy.MyBatisLegacyImportLedger}.
 */
package io.vigint.persistence.legacy;
