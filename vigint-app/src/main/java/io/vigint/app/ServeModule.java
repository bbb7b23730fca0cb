package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import io.vigint.app.config.ServerConfig;
import io.vigint.http.ConnectionSettings;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
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
        install(new HttpModule(httpSettings(config), rateLimitSettings(config)));
        OptionalBinder.newOptionalBinder(binder(), ConnectionSettings.class)
                .setBinding()
                .toInstance(connectionSettings(config));
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

    static HttpSettings httpSettings(ServerConfig config) {
        return HttpSettings.defaults()
                .withHost(config.host())
                .withPort(config.port())
                .withMaxBodyBytes(config.maxBodyBytes())
                .withAllowQueryApiKey(config.allowQueryApiKey())
                .withOpenSignUp(config.openSignUp());
    }

    static ConnectionSettings connectionSettings(ServerConfig config) {
        return ConnectionSettings.defaults()
                .withIdleTimeout(config.idleTimeout())
                .withBodyTimeout(config.bodyTimeout())
                .withWorkerThreads(
                        config.workerThreads() > 0
                                ? config.workerThreads()
                                : ConnectionSettings.defaultWorkerThreads());
    }

    static RateLimitSettings rateLimitSettings(ServerConfig config) {
        return RateLimitSettings.defaults()
                .withBackend(RateLimitSettings.Backend.parse(config.rateLimitBackend()))
                .withDefaultPerMinute(config.rateLimitPerMinute())
                .withRedisUrl(config.redisUrl());
    }
}
