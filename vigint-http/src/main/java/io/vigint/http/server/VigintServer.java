package io.vigint.http.server;

import io.vigint.http.ConnectionSettings;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.RequestProperties;
import io.vigint.http.auth.CachingAuthenticator;
import io.vigint.http.json.JsonMapperProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Jersey on Grizzly, serving the JAX-RS component instances collected by
 * {@link HttpModule} (resources, filters, exception mappers, and whatever else is added to the
 * {@value HttpModule#JERSEY_COMPONENTS} set).
 *
 * <p>{@link #start()} binds {@link HttpSettings#host()}:{@link HttpSettings#port()} (port 0: a free port,
 * see {@link #port()}). {@link #stop(Duration)} shuts down gracefully: it stops accepting connections,
 * lets requests in flight finish for up to the grace period, then closes everything.
 *
 * <p>Slow and silent peers hold no worker thread: request bodies are read whole by Grizzly's selector
 * threads before a worker runs the request ({@link BodyFirstHandler}); a body over its route's limit is
 * 413, one silent for {@link ConnectionSettings#idleTimeout()} or not complete within
 * {@link ConnectionSettings#bodyTimeout()} is 408. A connection silent for the idle timeout before or
 * between requests, or in the middle of its headers, is closed (Grizzly's keep-alive idle timeout); a
 * peer that stops reading its response fails the write after the idle timeout. The worker pool has
 * {@link ConnectionSettings#workerThreads()} threads.
 */
public final class VigintServer implements AutoCloseable {
    /** The grace period of {@link #close()}. */
    public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(VigintServer.class);

    private final HttpSettings settings;
    private final ConnectionSettings connections;
    private final BodySizeLimitFilter bodyLimits;
    private final Set<Object> components;
    private final CachingAuthenticator authenticator;
    private final Set<AutoCloseable> resources;
    private final List<FrontHandler> frontHandlers;
    private HttpServer server;
    private ScheduledExecutorService timer;
    private int port = -1;
    private boolean stopped;

    @Inject
    public VigintServer(
            HttpSettings settings,
            ConnectionSettings connections,
            @Named(HttpModule.ROUTE_BODY_LIMITS) Map<String, Long> routeBodyLimits,
            @Named(HttpModule.JERSEY_COMPONENTS) Set<Object> components,
            CachingAuthenticator authenticator,
            @Named(HttpModule.SERVER_RESOURCES) Set<AutoCloseable> resources,
            Set<FrontHandler> frontHandlers) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.bodyLimits = new BodySizeLimitFilter(settings, routeBodyLimits);
        this.components = new LinkedHashSet<>(components);
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.resources = new LinkedHashSet<>(resources);
        this.frontHandlers = List.copyOf(frontHandlers);
    }

    /**
     * The Jersey application over {@code components}: the API's JSON configuration (with Jersey's own
     * Jackson exception mappers left out, so that the server's mappers answer malformed JSON), WADL off,
     * and errors never turned into container error pages.
     */
    public static ResourceConfig resourceConfig(Collection<?> components) {
        ResourceInstanceWarnings.silenceFor(components);
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("vigint");
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new JsonMapperProvider());
        config.registerInstances(new LinkedHashSet<Object>(components));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        config.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        return config;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws IOException if the address cannot be bound
     * @throws IllegalStateException if the server was already started
     */
    public synchronized void start() throws IOException {
        if (server != null || stopped) {
            throw new IllegalStateException("the server can be started once");
        }
        URI uri = URI.create("http://" + hostForUri(settings.host()) + ":" + settings.port() + "/");
        HttpServer created = GrizzlyHttpServerFactory.createHttpServer(uri, resourceConfig(components), false);
        ServerConfiguration configuration = created.getServerConfiguration();
        configuration.setDefaultErrorPageGenerator(new JsonErrorPageGenerator());
        configuration.setTraceEnabled(false);
        configuration.setPassTraceRequest(false);
        configuration.setHttpServerName("Vigint");
        configuration.setHttpServerVersion("");
        configuration.setMaxPayloadRemainderToSkip(settings.maxBodyBytes() + 1024L * 1024L);
        ClientAborts.quietJerseyWriteErrors();
        ScheduledExecutorService bodyTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "vigint-body-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> handler :
                Map.copyOf(configuration.getHttpHandlersWithMapping()).entrySet()) {
            configuration.removeHttpHandler(handler.getKey());
            configuration.addHttpHandler(
                    new BodyFirstHandler(
                            new GrizzlyRequestHandler(handler.getKey()),
                            frontHandlers,
                            bodyLimits::maxBytesFor,
                            connections,
                            bodyTimer),
                    handler.getValue());
        }
        int idleSeconds =
                (int) Math.min(Integer.MAX_VALUE, connections.idleTimeout().toSeconds());
        for (NetworkListener listener : created.getListeners()) {
            listener.registerAddOn(new IgnoreUpgradeAddOn());
            listener.registerAddOn(new EmptyErrorBodyAddOn());
            listener.getKeepAlive().setIdleTimeoutInSeconds(idleSeconds);
            listener.getTransport().setWriteTimeout(idleSeconds, TimeUnit.SECONDS);
            ThreadPoolConfig workers = listener.getTransport().getWorkerThreadPoolConfig();
            workers.setCorePoolSize(connections.workerThreads()).setMaxPoolSize(connections.workerThreads());
        }
        try {
            created.start();
        } catch (IOException | RuntimeException e) {
            created.shutdownNow();
            bodyTimer.shutdownNow();
            throw e;
        }
        this.timer = bodyTimer;
        this.server = created;
        this.port = boundPort(created);
        LOG.info("Listening on http://{}:{}/", hostForUri(settings.host()), port);
    }

    /** The port the server listens on (the actual one when {@link HttpSettings#port()} is 0). */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("the server is not started");
        }
        return port;
    }

    /** The base URI, e.g. {@code http://127.0.0.1:5002/}. */
    public synchronized URI uri() {
        return URI.create("http://" + hostForUri(settings.host()) + ":" + port() + "/");
    }

    /** True between {@link #start()} and {@link #stop}. */
    public synchronized boolean isRunning() {
        return server != null && !stopped && server.isStarted();
    }

    /**
     * Stops gracefully: no new connections, requests in flight may finish within {@code grace}, then
     * everything is closed. Safe to call more than once.
     */
    public synchronized void stop(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (server != null) {
                shutdown(server, grace);
            }
            if (timer != null) {
                timer.shutdownNow();
            }
        } finally {
            authenticator.close();
            for (AutoCloseable resource : resources) {
                try {
                    resource.close();
                } catch (Exception e) {
                    LOG.warn("Closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
                }
            }
        }
    }

    /** {@link #stop(Duration)} with {@link #DEFAULT_GRACE}. */
    @Override
    public void close() {
        stop(DEFAULT_GRACE);
    }

    private static void shutdown(HttpServer server, Duration grace) {
        long graceMillis = Math.max(0, grace.toMillis());
        try {
            server.shutdown(graceMillis, TimeUnit.MILLISECONDS).get(graceMillis + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("Graceful shutdown did not complete; closing now", e);
        } finally {
            server.shutdownNow();
        }
        LOG.info("Stopped");
    }

    private static int boundPort(HttpServer server) {
        NetworkListener listener = server.getListeners().iterator().next();
        return listener.getPort();
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Puts the Grizzly request itself among its attributes ({@link RequestProperties#GRIZZLY_REQUEST}), which
     * Jersey's request properties are, before Jersey runs: the filters read the peer's address from it when
     * they need it, instead of looking the request up through HK2 on every request.
     */
    private static final class GrizzlyRequestHandler extends HttpHandler {
        private final HttpHandler jersey;

        GrizzlyRequestHandler(HttpHandler jersey) {
            super("vigint-jersey");
            this.jersey = jersey;
        }

        @Override
        public void start() {
            jersey.start();
        }

        @Override
        public void destroy() {
            jersey.destroy();
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            request.setAttribute(RequestProperties.GRIZZLY_REQUEST, request);
            jersey.service(request, response);
        }
    }
}
