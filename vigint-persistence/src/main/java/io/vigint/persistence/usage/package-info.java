/**
 * Usage records in {@code usage_records}: {@link io.vigint.persistence.usage.MyBatisUsageStore}, the
 * {@link io.vigint.core.usage.UsageStore} over MyBatis, appends batches with one {@code unnest} insert of one array per column and reads a
 * client's records and their sums per day or endpoint.
 */
package io.vigint.persistence.usage;
