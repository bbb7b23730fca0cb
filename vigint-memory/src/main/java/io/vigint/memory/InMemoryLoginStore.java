package io.vigint.memory;

import static io.vigint.memory.InMemoryTransactions.fold;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Logins in memory, one per client, with case-insensitive unique usernames. */
public final class InMemoryLoginStore implements LoginStore {
    private final InMemoryTransactions tx;
    private final Map<ClientId, LoginCredential> logins = new ConcurrentHashMap<>();
    private final Map<String, ClientId> names = new ConcurrentHashMap<>();

    public InMemoryLoginStore(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public void putLogin(LoginCredential credential) {
        tx.change(() -> {
            String name = fold(credential.username());
            ClientId holder = names.get(name);
            if (holder != null && !holder.equals(credential.clientId())) {
                throw new VigintException(
                        CoreErrorCode.DUPLICATE_USERNAME,
                        "The username '" + credential.username() + "' is taken",
                        Map.of("field", "username"));
            }
            LoginCredential old = logins.get(credential.clientId());
            if (old != null) {
                tx.remove(names, fold(old.username()));
            }
            tx.put(logins, credential.clientId(), credential);
            tx.put(names, name, credential.clientId());
        });
    }

    @Override
    public Optional<LoginCredential> findLoginByUsername(String username) {
        ClientId id = names.get(fold(username));
        return id == null ? Optional.empty() : Optional.ofNullable(logins.get(id));
    }

    @Override
    public Optional<LoginCredential> findLoginByClient(ClientId clientId) {
        return Optional.ofNullable(logins.get(clientId));
    }

    @Override
    public boolean deleteLogin(ClientId clientId) {
        return tx.delete(logins, clientId, old -> tx.remove(names, fold(old.username())));
    }
}
