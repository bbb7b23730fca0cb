package io.vigint.http;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.vigint.http.billing.BillingHttpModule;
import io.vigint.http.resource.EmailConfigResource;
import java.util.Objects;

/**
 * The HTTP server configured by the {@code server.*}, {@code rate_limit.*} settings ({@link ServerConfig}):
 * {@link HttpModule} with its listening, request and rate-limit settings, the slow-peer limits and worker
 * pool ({@link ConnectionSettings}), the per-client email configuration resource and the billing
 * endpoints ({@link BillingHttpModule}).
 */
public final class HttpServerModule extends AbstractModule {
    private final ServerConfig config;

    public HttpServerModule(ServerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    protected void configure() {
        install(new HttpModule(config.httpSettings(), config.rateLimitSettings()));
        OptionalBinder.newOptionalBinder(binder(), ConnectionSettings.class)
                .setBinding()
                .toInstance(config.connectionSettings());
        HttpModule.jerseyComponents(binder()).addBinding().to(EmailConfigResource.class);
        install(new BillingHttpModule());
    }
}
