package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.core.port.AccessChangeNotifier;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Access changes within one process: every notification reaches every subscriber at once, on the
 * notifying thread. (Delivering before commit is harmless here: a cache that reloads early just reads
 * again on its next miss.)
 */
public final class InMemoryAccessChanges implements AccessChangeNotifier, AccessChangeFeed {
    private final Set<Consumer<ClientId>> listeners = new CopyOnWriteArraySet<>();

    @Override
    public void accessChanged(ClientId clientId) {
        listeners.forEach(listener -> listener.accept(clientId));
    }

    @Override
    public AutoCloseable subscribe(Consumer<ClientId> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
