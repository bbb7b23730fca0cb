package io.vigint.cli;

import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import io.vigint.app.VigintApp;
import io.vigint.app.config.Settings;
import io.vigint.cli.command.CommonOptions;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.error.VigintException;
import io.vigint.persistence.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What commands of one run share: the parsed common options, the environment, and the services. The
 * settings are resolved and the injector created on first use, that is after the command line is
 * parsed, and at most once; {@link #close()} closes the database if it was opened.
 */
public final class CliContext implements AutoCloseable {
    private final CliEnvironment environment;
    private final java.util.function.BiFunction<Settings, List<Module>, Injector> injectorFactory;
    private final List<Module> extraModules = new ArrayList<>();
    private final CommonOptions options = new CommonOptions();

    private Settings settings;
    private Injector injector;
    private Database database;

    CliContext(
            CliEnvironment environment,
            java.util.function.BiFunction<Settings, List<Module>, Injector> injectorFactory) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.injectorFactory = Objects.requireNonNull(injectorFactory, "injectorFactory");
    }

    /**
     * Adds modules to the injector this run will create. Must be called before the first {@link #get}.
     *
     * @throws IllegalStateException if the injector already exists
     */
    void addModules(Module... modules) {
        if (injector != null) {
            throw new IllegalStateException("the injector already exists");
        }
        extraModules.addAll(List.of(modules));
    }

    /**
     * Makes this run's injector include the HTTP server configured by {@code config}, with the frame
     * buffers, incident analysis, alerts, metering and the invoice scheduler configured by the settings.
     * Must be called before the first {@link #get}.
     */
    public void enableServer(io.vigint.http.ServerConfig config) {
        addModules(VigintApp.serverModules(settings(), config).toArray(Module[]::new));
    }

    /** The options every command takes (filled in by picocli while parsing). */
    public CommonOptions options() {
        return options;
    }

    public CliEnvironment environment() {
        return environment;
    }

    /**
     * The resolved settings.
     *
     * @throws ConfigurationException if they are unusable
     */
    public Settings settings() {
        if (settings == null) {
            settings = Settings.resolve(options.flags(), environment.variables(), environment.workingDirectory());
        }
        return settings;
    }

    /**
     * A service from the injector, which is created (and the database opened) on the first call.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} when the database cannot be reached
     */
    public <T> T get(Class<T> type) {
        return unwrapped(() -> injector().getInstance(type));
    }

    private Injector injector() {
        if (injector == null) {
            Settings resolved = settings();
            Injector created = unwrapped(() -> injectorFactory.apply(resolved, List.copyOf(extraModules)));
            database = unwrapped(() -> created.getInstance(Database.class));
            injector = created;
        }
        return injector;
    }

    /** Closes the database, if this run opened it; safe to call again, from any thread. */
    @Override
    public synchronized void close() {
        if (database != null) {
            Database open = database;
            database = null;
            open.close();
        }
    }

    /** Runs {@code work}, rethrowing the CLI's own exceptions that Guice wrapped on the way out. */
    private static <T> T unwrapped(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProvisionException e) {
            throw expected(e.getErrorMessages(), e);
        } catch (CreationException e) {
            throw expected(e.getErrorMessages(), e);
        }
    }

    private static RuntimeException expected(Collection<Message> messages, RuntimeException wrapper) {
        for (Message message : messages) {
            for (Throwable cause = message.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof VigintException || cause instanceof ConfigurationException) {
                    return (RuntimeException) cause;
                }
            }
        }
        return wrapper;
    }
}
