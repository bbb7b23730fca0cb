package io.vigint.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import io.vigint.app.config.Settings;
import io.vigint.http.ServerConfig;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The composition root: the one place that creates a Guice injector. {@link #modules} is what every
 * command needs (storage, the core, credentials, mail, clips, billing); {@link #serverModules} is what
 * the HTTP server adds, each module configured from the {@link Settings}. {@link #start} boots the
 * server without any command line, for tests, benchmarks and embedders:
 *
 * <pre>{@code
 * try (VigintApp app = VigintApp.start(Settings.resolve(flags, System.getenv(), Path.of("")), "127.0.0.1", 0)) {
 *     URI uri = app.uri();
 * }
 * }</pre>
 */
public final class VigintApp implements AutoCloseable {
    private final Injector injector;
    private final VigintServer server;

    private VigintApp(Injector injector, VigintServer server) {
        this.injector = injector;
        this.server = server;
    }

    /**
     * The modules of every command for {@code settings} ({@link AppModule}: storage, the core over it,
     * credentials, mail, clips and billing), then {@code extra}.
     */
    public static Module modules(Settings settings, List<Module> extra) {
        List<Module> all = new ArrayList<>();
        all.add(new AppModule(settings));
        all.addAll(extra);
        return Modules.combine(all);
    }

    /** What the HTTP server adds to {@link #modules}: {@link ServerModule} configured by {@code config}. */
    public static List<Module> serverModules(Settings settings, ServerConfig config) {
        return List.of(new ServerModule(settings, config));
    }

    /**
     * The injector of {@link #modules} for {@code settings} with {@code extra}, the whole passed through
     * {@code wiring} first (tests replace bindings with {@code Modules.override(modules).with(…)}).
     */
    public static Injector injector(Settings settings, List<Module> extra, UnaryOperator<Module> wiring) {
        return Guice.createInjector(wiring.apply(modules(settings, extra)));
    }

    /** {@link #start(Settings, String, Integer, UnaryOperator)} with the wiring as it is. */
    public static VigintApp start(Settings settings, String host, Integer port) throws IOException {
        return start(settings, host, port, UnaryOperator.identity());
    }

    /**
     * Starts the HTTP server configured by {@code settings}, listening on {@code host} and {@code port}
     * where they are not null (port 0: a free one), with the modules passed through {@code wiring}.
     *
     * @throws IOException if the port cannot be bound (the database is closed again)
     */
    public static VigintApp start(Settings settings, String host, Integer port, UnaryOperator<Module> wiring)
            throws IOException {
        ServerConfig config = settings.server().withListen(host, port);
        Injector injector = injector(settings, serverModules(settings, config), wiring);
        VigintServer server = injector.getInstance(VigintServer.class);
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            injector.getInstance(Database.class).close();
            throw e;
        }
        return new VigintApp(injector, server);
    }

    /** The running server's root, e.g. {@code http://127.0.0.1:5002/}. */
    public URI uri() {
        return server.uri();
    }

    public VigintServer server() {
        return server;
    }

    /** The injector, to reach the use cases (tests, embedders). */
    public Injector injector() {
        return injector;
    }

    /** Stops the server within {@code grace} and closes the database. */
    public void close(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        try {
            server.stop(grace);
        } finally {
            injector.getInstance(Database.class).close();
        }
    }

    /** Stops the server within {@link VigintServer#DEFAULT_GRACE} and closes the database. */
    @Override
    public void close() {
        close(VigintServer.DEFAULT_GRACE);
    }
}
