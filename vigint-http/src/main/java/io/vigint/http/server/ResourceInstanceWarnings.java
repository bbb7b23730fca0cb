package io.vigint.http.server;

import jakarta.ws.rs.Path;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Silences one known-false Jersey warning: a resource registered as an instance is reported as "a
 * provider … registered in SERVER runtime does not implement any provider interfaces … will be ignored",
 * although it is served (Jersey issue 3700). Only that message, and only for the resource classes this
 * server registered, is dropped; every other warning still gets through.
 */
final class ResourceInstanceWarnings {
    private static final String MARKER = "does not implement any provider interfaces";
    /** Held strongly: java.util.logging keeps loggers only weakly, and the filter lives on the logger. */
    private static final Logger PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private static final Set<String> RESOURCE_CLASSES = ConcurrentHashMap.newKeySet();

    static {
        Filter previous = PROVIDERS.getFilter();
        PROVIDERS.setFilter(
                record -> !isResourceInstanceWarning(record) && (previous == null || previous.isLoggable(record)));
    }

    private ResourceInstanceWarnings() {}

    /** Stops the warning for the resource classes among {@code components}. */
    static void silenceFor(Collection<?> components) {
        for (Object component : components) {
            Class<?> type = component.getClass();
            if (type.isAnnotationPresent(Path.class)) {
                RESOURCE_CLASSES.add(type.getName());
            }
        }
    }

    private static boolean isResourceInstanceWarning(LogRecord record) {
        String message = record.getMessage();
        if (message == null || !message.contains(MARKER)) {
            return false;
        }
        for (String name : RESOURCE_CLASSES) {
            if (message.contains(name + " ")) {
                return true;
            }
        }
        return false;
    }
}
