package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Taking access away and giving it back, for a whole client or one key. Every use case runs in one
 * transaction and announces the change to the {@link AccessChangeNotifier} inside it.
 */
public final class ClientAccessService implements RevokeAccessUseCase, ReactivateAccessUseCase {
    private final ClientPorts ports;

    public ClientAccessService(ClientPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    @Override
    public ClientWithKeys revokeAccess(AccessCommand command) {
        return ports.transactions().inTransaction(() -> {
            Client client = ports.requireClient(command.clientId());
            if (command.keyId() == null) {
                if (client.active()) {
                    ports.clients().update(client.withActive(false, ports.now()));
                }
                ports.apiKeys().updateStatusForClient(client.id(), ApiKeyStatus.ACTIVE, ApiKeyStatus.SUSPENDED);
            } else {
                ports.requireKeyOf(client, command.keyId());
                ports.apiKeys().updateStatus(command.keyId(), ApiKeyStatus.REVOKED);
            }
            ports.notifier().accessChanged(client.id());
            return ports.withKeys(ports.requireClient(client.id()));
        });
    }

    @Override
    public ClientWithKeys reactivateAccess(AccessCommand command) {
        return ports.transactions().inTransaction(() -> {
            Client client = ports.requireClient(command.clientId());
            Instant now = ports.now();
            if (command.keyId() == null) {
                ports.apiKeys().updateStatusForClient(client.id(), ApiKeyStatus.SUSPENDED, ApiKeyStatus.ACTIVE);
            } else {
                ApiKey key = ports.requireKeyOf(client, command.keyId());
                if (key.isExpiredAt(now)) {
                    throw new VigintException(
                            CoreErrorCode.KEY_NOT_REACTIVATABLE,
                            "API key " + key.id() + " expired at " + key.expiresAt() + "; issue a new key instead",
                            Map.of("key_id", key.id().value()));
                }
                ports.apiKeys().updateStatus(key.id(), ApiKeyStatus.ACTIVE);
            }
            if (!client.active()) {
                ports.clients().update(client.withActive(true, now));
            }
            ports.notifier().accessChanged(client.id());
            return ports.withKeys(ports.requireClient(client.id()));
        });
    }
}
