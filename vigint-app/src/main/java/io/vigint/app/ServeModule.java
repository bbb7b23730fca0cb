package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import io.vigint.http.ConnectionSettings;
import io.vigint.http.HttpModule;
import io.vigint.http.ServerConfig;
import io.vigint.http.resource.EmailConfigResource;
import io.vigint.persistence.Database;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What {@code vigint serve} adds to the CLI's wiring: the HTTP adapter configured from the
 * {@link ServerConfig} (plus the per-client email configuration resource), the access-token lifetime, and the database's {@link DataSource} (for the
 * PostgreSQL rate-limit backend).
 */
public final class ServeModule extends AbstractModule {
    private final ServerConfig config;

    public ServeModule(ServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new HttpModule(config.httpSettings(), config.rateLimitSettings()));
        OptionalBinder.newOptionalBinder(binder(), ConnectionSettings.class)
                .setBinding()
                .toInstance(config.connectionSettings());
        HttpModule.jerseyComponents(binder()).addBinding().to(EmailConfigResource.class);
        install(new io.vigint.http.billing.BillingHttpModule());
        OptionalBinder.newOptionalBinder(binder(), Key.get(Duration.class, Names.named(CoreModule.TOKEN_LIFETIME)))
                .setBinding()
                .toInstance(config.tokenLifetime());
    }

    @Provides
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
