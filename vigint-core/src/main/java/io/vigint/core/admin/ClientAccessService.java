package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Taking access away and giving it back, for a whole client or one key. Every use case runs in one
 * transaction and announces the change to the {@link AccessChangeNotifier} inside it.
 */
public final class ClientAccessService implements RevokeAccessUseCase, ReactivateAccessUseCase {
    private final ClientRecords records;

    public ClientAccessService(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Clock clock,
            AccessChangeNotifier notifier) {
        this.records = new ClientRecords(clients, apiKeys, transactions, clock, notifier);
    }

    @Override
    public ClientWithKeys revokeAccess(AccessCommand command) {
        return records.transactions.inTransaction(() -> {
            Client client = records.requireClient(command.clientId());
            if (command.keyId() == null) {
                if (client.active()) {
                    records.clients.update(client.withActive(false, records.now()));
                }
                records.apiKeys.updateStatusForClient(client.id(), ApiKeyStatus.ACTIVE, ApiKeyStatus.SUSPENDED);
            } else {
                records.requireKeyOf(client, command.keyId());
                records.apiKeys.updateStatus(command.keyId(), ApiKeyStatus.REVOKED);
            }
            records.notifier.accessChanged(client.id());
            return records.withKeys(records.requireClient(client.id()));
        });
    }

    @Override
    public ClientWithKeys reactivateAccess(AccessCommand command) {
        return records.transactions.inTransaction(() -> {
            Client client = records.requireClient(command.clientId());
            Instant now = records.now();
            if (command.keyId() == null) {
                records.apiKeys.updateStatusForClient(client.id(), ApiKeyStatus.SUSPENDED, ApiKeyStatus.ACTIVE);
            } else {
                ApiKey key = records.requireKeyOf(client, command.keyId());
                if (key.isExpiredAt(now)) {
                    throw new VigintException(
                            ErrorCode.KEY_NOT_REACTIVATABLE,
                            "API key " + key.id() + " expired at " + key.expiresAt() + "; issue a new key instead",
                            Map.of("key_id", key.id().value()));
                }
                records.apiKeys.updateStatus(key.id(), ApiKeyStatus.ACTIVE);
            }
            if (!client.active()) {
                records.clients.update(client.withActive(true, now));
            }
            records.notifier.accessChanged(client.id());
            return records.withKeys(records.requireClient(client.id()));
        });
    }
}
