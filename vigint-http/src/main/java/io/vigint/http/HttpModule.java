package io.vigint.http;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Names;
import io.vigint.http.auth.AuthFailureListener;
import io.vigint.http.auth.AuthenticationFilter;
import io.vigint.http.auth.CachingAuthenticator;
import io.vigint.http.error.BodyTooLargeExceptionMapper;
import io.vigint.http.error.JsonExceptionMapper;
import io.vigint.http.error.UnexpectedExceptionMapper;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.error.WebApplicationExceptionMapper;
import io.vigint.http.logging.RequestIdFilter;
import io.vigint.http.resource.AdminClientResource;
import io.vigint.http.resource.ClientResource;
import io.vigint.http.resource.HealthResource;
import io.vigint.http.resource.KeyResource;
import io.vigint.http.resource.TokenResource;
import io.vigint.http.server.BodySizeLimitFilter;
import io.vigint.http.server.VigintServer;
import java.util.List;
import java.util.Objects;

/**
 * The HTTP adapter's one Guice module. It binds the {@link VigintServer}, the resources, filters and
 * exception mappers, the {@link CachingAuthenticator} and a do-nothing {@link AuthFailureListener}.
 *
 * <p>The injector must also provide {@link io.vigint.core.VigintCore}, {@link
 * io.vigint.core.port.AccessChangeFeed} and {@link java.time.Clock} (the same clock as the core's).
 *
 * <p>Extension points:
 *
 * <ul>
 *   <li>More JAX-RS components (resources, filters, features, mappers): add them to the set named
 *       {@value #JERSEY_COMPONENTS}, e.g. {@code HttpModule.jerseyComponents(binder()).addBinding().to(
 *       MetricsResource.class)} or {@code .addBinding().toInstance(feature)}. Every element is registered
 *       into Jersey's {@code ResourceConfig} as an instance built by Guice.
 *   <li>Failed-authentication throttling: {@code OptionalBinder.newOptionalBinder(binder(),
 *       AuthFailureListener.class).setBinding().to(…)}.
 * </ul>
 */
public final class HttpModule extends AbstractModule {
    /** Name of the {@code Set<Object>} of JAX-RS component instances the server registers. */
    public static final String JERSEY_COMPONENTS = "jersey-components";

    private static final List<Class<?>> COMPONENTS = List.of(
            RequestIdFilter.class,
            BodySizeLimitFilter.class,
            AuthenticationFilter.class,
            VigintExceptionMapper.class,
            WebApplicationExceptionMapper.class,
            JsonExceptionMapper.class,
            BodyTooLargeExceptionMapper.class,
            UnexpectedExceptionMapper.class,
            HealthResource.class,
            ClientResource.class,
            KeyResource.class,
            TokenResource.class,
            AdminClientResource.class);

    private final HttpSettings settings;

    public HttpModule(HttpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The set of JAX-RS component instances; add to it from any module. */
    public static Multibinder<Object> jerseyComponents(Binder binder) {
        return Multibinder.newSetBinder(binder, Object.class, Names.named(JERSEY_COMPONENTS));
    }

    @Override
    protected void configure() {
        bind(HttpSettings.class).toInstance(settings);
        bind(CachingAuthenticator.class).in(Singleton.class);
        bind(VigintServer.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), AuthFailureListener.class)
                .setDefault()
                .toInstance(AuthFailureListener.none());
        Multibinder<Object> components = jerseyComponents(binder());
        for (Class<?> component : COMPONENTS) {
            bind(component).in(Singleton.class);
            components.addBinding().to(component);
        }
    }
}
