package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.StoredEmailConfig;
import io.vigint.core.port.ClientDataOwner;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Email configurations in memory (thread-safe), for embedding and tests. As a {@link ClientDataOwner}
 * it forgets a client's configuration when the client is deleted. It does not take part in {@link
 * InMemoryStorage}'s transactions: each call is atomic on its own.
 */
public final class InMemoryEmailConfigStore implements EmailConfigStore, ClientDataOwner {
    private final Map<ClientId, StoredEmailConfig> configs = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredEmailConfig> findEmailConfig(ClientId clientId) {
        return Optional.ofNullable(configs.get(clientId));
    }

    @Override
    public boolean insertEmailConfig(StoredEmailConfig config) {
        return configs.putIfAbsent(config.clientId(), config) == null;
    }

    @Override
    public boolean updateEmailConfig(StoredEmailConfig config) {
        boolean[] updated = {false};
        configs.computeIfPresent(config.clientId(), (id, old) -> {
            updated[0] = true;
            return new StoredEmailConfig(
                    id, config.config(), config.sealedSecret(), old.createdAt(), config.updatedAt());
        });
        return updated[0];
    }

    @Override
    public boolean deleteEmailConfig(ClientId clientId) {
        return configs.remove(clientId) != null;
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        configs.remove(clientId);
    }
}
