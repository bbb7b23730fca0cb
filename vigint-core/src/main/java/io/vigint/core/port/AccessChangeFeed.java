package io.vigint.core.port;

import io.vigint.core.client.ClientId;
import java.util.function.Consumer;

/**
 * Delivers access changes made by this or any other process sharing the storage, normally within a
 * second. Listeners are called on an adapter thread and must be quick and thread-safe.
 */
@FunctionalInterface
public interface AccessChangeFeed {
    /**
     * Calls {@code listener} with the client of every change from now on. A feed that may have missed
     * changes (a lost connection) calls {@code listener} with {@code null}, meaning "anything may have
     * changed". Closing the returned handle stops delivery.
     */
    AutoCloseable subscribe(Consumer<ClientId> listener);
}
