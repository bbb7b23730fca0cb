package io.vigint.http;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.vigint.core.client.EmailChangeUseCase;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.http.auth.AuthFailureListener;
import io.vigint.http.auth.AuthenticationFilter;
import io.vigint.http.auth.CachingAuthenticator;
import io.vigint.http.error.BodyTooLargeExceptionMapper;
import io.vigint.http.error.JsonExceptionMapper;
import io.vigint.http.error.UnexpectedExceptionMapper;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.error.WebApplicationExceptionMapper;
import io.vigint.http.gate.Authentication;
import io.vigint.http.gate.CallLimits;
import io.vigint.http.idempotency.IdempotencyFilter;
import io.vigint.http.idempotency.IdempotencyPurger;
import io.vigint.http.logging.RequestIdFilter;
import io.vigint.http.metrics.MetricsFilter;
import io.vigint.http.metrics.MetricsResource;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.http.openapi.OpenApiDocument;
import io.vigint.http.openapi.OpenApiResource;
import io.vigint.http.ratelimit.AuthFailureThrottle;
import io.vigint.http.ratelimit.ClientRateLimits;
import io.vigint.http.ratelimit.IngestGate;
import io.vigint.http.ratelimit.RateLimitFilter;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.ratelimit.RateLimiter;
import io.vigint.http.ratelimit.RateLimiters;
import io.vigint.http.resource.AdminClientResource;
import io.vigint.http.resource.AdminIngestLimitResource;
import io.vigint.http.resource.ClientResource;
import io.vigint.http.resource.HealthResource;
import io.vigint.http.resource.KeyResource;
import io.vigint.http.resource.LegacyAdminClientResource;
import io.vigint.http.resource.TokenResource;
import io.vigint.http.server.BodySizeLimitFilter;
import io.vigint.http.server.CollectedBodyFilter;
import io.vigint.http.server.FrontHandler;
import io.vigint.http.server.RequestHeaderFilter;
import io.vigint.http.server.SecurityHeadersFilter;
import io.vigint.http.server.VigintServer;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The HTTP adapter's one Guice module. It binds the {@link VigintServer}, the resources, filters and
 * exception mappers, the {@link CachingAuthenticator} and a do-nothing {@link AuthFailureListener}.
 *
 * <p>The injector must also provide the use cases the resources call (each bound on its own: {@code
 * CreateClientUseCase}, {@code ListClientsUseCase}, …, {@code AuthenticateUseCase}, {@link
 * io.vigint.core.client.ClientSettingsUseCase}), {@link io.vigint.core.port.AccessChangeFeed}, {@link
 * IdempotencyStore} and {@link java.time.Clock} (the same clock as the core's); optionally a {@link
 * LoginUseCase} (without it access tokens are refused), an {@link OperatorKeysUseCase} (without it every
 * operator route is refused), a {@link DataSource} (required by the PostgreSQL rate-limit backend)
 * and an {@link EmailConfigUseCase} (bound directly, e.g. by the mail adapter's module; with it {@code GET
 * /api/v1/clients/me} shows the client's email provider in {@code email_config}) and an {@link
 * EmailChangeUseCase} (without it a client cannot change its own email address: the change needs a
 * confirmation link).
 *
 * <p>Besides the resources it registers rate limits per client ({@link RateLimitFilter}) and per remote
 * address for failed authentication ({@link AuthFailureThrottle}), {@code Idempotency-Key} handling
 * ({@link IdempotencyFilter}), Prometheus metrics at {@code /metrics} (operator key) and the OpenAPI document at
 * {@code /openapi.json}. Resources that need closing when the server stops (the rate limiter's
 * connections, background purges, feed subscriptions) are in the set named {@value #SERVER_RESOURCES},
 * which {@link VigintServer#stop} closes.
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
    /** Name of the {@code Map<String, Long>} of request-body limits of single routes (path without slashes). */
    public static final String ROUTE_BODY_LIMITS = "route-body-limits";
    /** Name of the {@code Set<AutoCloseable>} the server closes when it stops. */
    public static final String SERVER_RESOURCES = "server-resources";

    private static final String RATE_LIMIT_SUBSCRIPTION = "rate-limit-subscription";

    private static final List<Class<?>> COMPONENTS = List.of(
            CollectedBodyFilter.class,
            RequestIdFilter.class,
            RequestHeaderFilter.class,
            SecurityHeadersFilter.class,
            BodySizeLimitFilter.class,
            AuthenticationFilter.class,
            VigintExceptionMapper.class,
            WebApplicationExceptionMapper.class,
            JsonExceptionMapper.class,
            BodyTooLargeExceptionMapper.class,
            UnexpectedExceptionMapper.class,
            MetricsFilter.class,
            RateLimitFilter.class,
            IdempotencyFilter.class,
            MetricsResource.class,
            OpenApiResource.class,
            HealthResource.class,
            ClientResource.class,
            KeyResource.class,
            TokenResource.class,
            AdminClientResource.class,
            LegacyAdminClientResource.class);

    private final HttpSettings settings;
    private final RateLimitSettings rateLimits;

    /** A module with the default rate limits ({@link RateLimitSettings#defaults()}). */
    public HttpModule(HttpSettings settings) {
        this(settings, RateLimitSettings.defaults());
    }

    public HttpModule(HttpSettings settings, RateLimitSettings rateLimits) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
    }

    /** The set of JAX-RS component instances; add to it from any module. */
    public static Multibinder<Object> jerseyComponents(Binder binder) {
        return Multibinder.newSetBinder(binder, Object.class, Names.named(JERSEY_COMPONENTS));
    }

    /**
     * Adds resources that are records to the server, each made once by its canonical constructor: a record
     * resource needs no {@code @Inject}, its components are what the injector gives it.
     */
    public static void addRecordResources(Binder binder, Class<?>... resources) {
        for (Class<?> resource : resources) {
            bindCanonical(binder, resource.asSubclass(Record.class));
        }
        addJerseyComponents(binder, resources);
    }

    private static <T extends Record> void bindCanonical(Binder binder, Class<T> type) {
        Class<?>[] components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            binder.bind(type)
                    .toConstructor(type.getDeclaredConstructor(components))
                    .in(Singleton.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("A record without its canonical constructor: " + type.getName(), e);
        }
    }

    /** Adds {@code components} (resources, filters, providers), each made by the injector, to the server. */
    public static void addJerseyComponents(Binder binder, Class<?>... components) {
        Multibinder<Object> set = jerseyComponents(binder);
        for (Class<?> component : components) {
            set.addBinding().to(component);
        }
    }

    /**
     * The body-size limits of single routes that differ from {@link HttpSettings#maxBodyBytes()}, by the
     * route's path template relative to the server root without leading or trailing slash ({@code
     * "api/video/buffer"}); a request gets the limit of the route Jersey matched, whatever its spelling.
     */
    public static MapBinder<String, Long> routeBodyLimits(Binder binder) {
        return MapBinder.newMapBinder(binder, String.class, Long.class, Names.named(ROUTE_BODY_LIMITS));
    }

    /**
     * The {@link FrontHandler}s that may answer a request before Jersey (frame ingest: {@code
     * io.vigint.http.video.FrameIngestHandler}); none by default.
     */
    public static Multibinder<FrontHandler> frontHandlers(Binder binder) {
        return Multibinder.newSetBinder(binder, FrontHandler.class);
    }

    @Override
    protected void configure() {
        routeBodyLimits(binder());
        frontHandlers(binder());
        bind(HttpSettings.class).toInstance(settings);
        OptionalBinder.newOptionalBinder(binder(), ConnectionSettings.class)
                .setDefault()
                .toInstance(ConnectionSettings.defaults());
        bind(RateLimitSettings.class).toInstance(rateLimits);
        OptionalBinder.newOptionalBinder(binder(), DataSource.class);
        OptionalBinder.newOptionalBinder(binder(), EmailConfigUseCase.class);
        OptionalBinder.newOptionalBinder(binder(), EmailChangeUseCase.class);
        OptionalBinder.newOptionalBinder(binder(), LoginUseCase.class);
        OptionalBinder.newOptionalBinder(binder(), OperatorKeysUseCase.class);
        bind(CachingAuthenticator.class).in(Singleton.class);
        bind(ClientRateLimits.class).in(Singleton.class);
        bind(IngestGate.class).in(Singleton.class);
        bind(Authentication.class).in(Singleton.class);
        addRecordResources(binder(), AdminIngestLimitResource.class);
        bind(VigintServer.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), AuthFailureListener.class)
                .setDefault()
                .to(AuthFailureThrottle.class);
        Multibinder<AutoCloseable> resources =
                Multibinder.newSetBinder(binder(), AutoCloseable.class, Names.named(SERVER_RESOURCES));
        resources.addBinding().to(RateLimiter.class);
        resources.addBinding().to(IdempotencyPurger.class);
        resources.addBinding().to(Key.get(AutoCloseable.class, Names.named(RATE_LIMIT_SUBSCRIPTION)));
        Multibinder<Object> components = jerseyComponents(binder());
        for (Class<?> component : COMPONENTS) {
            if (!PROVIDED.contains(component)) {
                bind(component).in(Singleton.class);
            }
            components.addBinding().to(component);
        }
    }

    /** Components made by the provider methods below (plain constructors, no {@code @Inject}). */
    private static final List<Class<?>> PROVIDED =
            List.of(MetricsFilter.class, RateLimitFilter.class, MetricsResource.class, OpenApiResource.class);

    @Provides
    @Singleton
    VigintMetrics metrics() {
        return new VigintMetrics();
    }

    @Provides
    @Singleton
    MetricsFilter metricsFilter(VigintMetrics metrics) {
        return new MetricsFilter(metrics);
    }

    @Provides
    @Singleton
    MetricsResource metricsResource(VigintMetrics metrics) {
        return new MetricsResource(metrics);
    }

    @Provides
    @Singleton
    OpenApiResource openApi() {
        String version = Optional.ofNullable(HttpModule.class.getPackage().getImplementationVersion())
                .orElse("dev");
        return new OpenApiResource(OpenApiDocument.vigint(version));
    }

    @Provides
    @Singleton
    AuthFailureThrottle authFailureThrottle(RateLimitSettings limits) {
        return new AuthFailureThrottle(limits);
    }

    @Provides
    @Singleton
    RateLimiter rateLimiter(RateLimitSettings limits, Optional<DataSource> dataSource) {
        return RateLimiters.create(limits, dataSource.orElse(null));
    }

    @Provides
    @Singleton
    @Named(RATE_LIMIT_SUBSCRIPTION)
    AutoCloseable rateLimitSubscription(ClientRateLimits limits, AccessChangeFeed feed) {
        return limits.listenTo(feed);
    }

    @Provides
    @Singleton
    CallLimits callLimits(RateLimiter limiter, ClientRateLimits limits, VigintMetrics metrics) {
        return new CallLimits(limiter, limits, metrics);
    }

    @Provides
    @Singleton
    RateLimitFilter rateLimitFilter(CallLimits calls) {
        return new RateLimitFilter(calls);
    }

    @Provides
    @Singleton
    IdempotencyPurger idempotencyPurger(IdempotencyStore store, Clock clock) {
        IdempotencyPurger purger = new IdempotencyPurger(store, clock);
        purger.start();
        return purger;
    }
}
