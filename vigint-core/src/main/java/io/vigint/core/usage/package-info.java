/**
 * Metering: one {@link io.vigint.core.usage.UsageRecord} per metered call, priced by the
 * {@link io.vigint.core.usage.PriceList}, written durably through a {@link io.vigint.core.usage.UsageSink}
 * (in batches, by {@link io.vigint.core.usage.GroupCommitUsageSink}) and read back through the
 * {@link io.vigint.core.usage.UsageStore} and {@link io.vigint.core.usage.UsageReportService}.
 */
package io.vigint.core.usage;
