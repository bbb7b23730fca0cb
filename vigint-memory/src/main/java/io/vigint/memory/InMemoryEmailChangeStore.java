package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.PendingEmailChange;
import io.vigint.core.key.KeyHash;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Pending email changes in memory, one per client, found by client or by token hash. */
public final class InMemoryEmailChangeStore implements EmailChangeStore {
    private final InMemoryTransactions tx;
    private final Map<ClientId, PendingEmailChange> byClient = new ConcurrentHashMap<>();
    private final Map<KeyHash, PendingEmailChange> byToken = new ConcurrentHashMap<>();

    public InMemoryEmailChangeStore(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void putEmailChange(PendingEmailChange change) {
        tx.change(() -> {
            deleteEmailChange(change.clientId());
            tx.put(byClient, change.clientId(), change);
            tx.put(byToken, change.tokenHash(), change);
        });
    }

    @Override
    public Optional<PendingEmailChange> findEmailChange(ClientId clientId) {
        return Optional.ofNullable(byClient.get(clientId));
    }

    @Override
    public Optional<PendingEmailChange> findEmailChangeByToken(KeyHash tokenHash) {
        return Optional.ofNullable(byToken.get(tokenHash));
    }

    @Override
    public boolean deleteEmailChange(ClientId clientId) {
        return tx.delete(byClient, clientId, old -> tx.remove(byToken, old.tokenHash()));
    }
}
