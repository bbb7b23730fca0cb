package io.vigint.http.metering;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.usage.UsageSink;
import io.vigint.http.HttpModule;
import io.vigint.http.gate.Metering;
import java.time.Clock;

/**
 * Adds metering to the server: the {@link MeteringFilter} and the usage endpoints {@code GET /api/usage}
 * and {@code GET /api/v1/usage}. The injector must provide a {@link UsageSink} (durable on return; in the
 * server a group-commit sink closed with the server), a {@link UsageReportUseCase}, the {@link PriceList}
 * and the {@link Clock}.
 */
public final class MeteringHttpModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Metering.class).in(Singleton.class);
        bind(MeteringFilter.class).in(Singleton.class);
        HttpModule.addJerseyComponents(
                binder(), MeteringFilter.class, LatestUsageResource.class, UsageReportResource.class);
    }

    @Provides
    @Singleton
    LatestUsageResource latestUsageResource(UsageReportUseCase usage) {
        return new LatestUsageResource(usage);
    }

    @Provides
    @Singleton
    UsageReportResource usageReportResource(UsageReportUseCase usage, Clock clock) {
        return new UsageReportResource(usage, clock);
    }
}
