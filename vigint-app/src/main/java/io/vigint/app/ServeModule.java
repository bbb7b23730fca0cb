package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import io.vigint.http.HttpServerModule;
import io.vigint.http.ServerConfig;
import io.vigint.persistence.Database;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What {@code vigint serve} adds to the wiring: the HTTP adapter configured from the {@link ServerConfig}
 * ({@link HttpServerModule}), the access-token lifetime, and the database's {@link DataSource} (for the
 * PostgreSQL rate-limit backend).
 */
public final class ServeModule extends AbstractModule {
    private final ServerConfig config;

    public ServeModule(ServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new HttpServerModule(config));
        OptionalBinder.newOptionalBinder(binder(), Key.get(Duration.class, Names.named(CoreModule.TOKEN_LIFETIME)))
                .setBinding()
                .toInstance(config.tokenLifetime());
    }

    @Provides
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
