package io.vigint.legacy;

import com.google.inject.AbstractModule;
import io.vigint.core.legacy.LegacySources;

/** Binds the core's {@link LegacySources} to {@link JdbcLegacySources}. */
public final class LegacyModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(LegacySources.class).to(JdbcLegacySources.class);
    }
}
