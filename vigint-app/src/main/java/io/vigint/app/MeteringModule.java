package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Names;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageSink;
import io.vigint.core.usage.UsageStore;
import io.vigint.http.HttpModule;
import io.vigint.http.metering.MeteringConfig;
import io.vigint.http.metering.MeteringHttpModule;
import java.util.Objects;

/**
 * What {@code vigint serve} adds for metering: the price list from the {@link MeteringConfig}, a
 * {@link GroupCommitUsageSink} over the database's {@link UsageStore} as the {@link UsageSink} (closed,
 * which writes what is still queued, when the server stops and before the database closes), and the HTTP
 * side ({@link MeteringHttpModule}).
 */
public final class MeteringModule extends AbstractModule {
    private final MeteringConfig config;

    public MeteringModule(MeteringConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new MeteringHttpModule());
        bind(PriceList.class).toInstance(config.prices());
        bind(UsageSink.class).to(GroupCommitUsageSink.class);
        Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(HttpModule.SERVER_RESOURCES))
                .addBinding()
                .to(GroupCommitUsageSink.class);
    }

    @Provides
    @Singleton
    GroupCommitUsageSink sink(UsageStore store) {
        return new GroupCommitUsageSink(store, config.sink());
    }
}
