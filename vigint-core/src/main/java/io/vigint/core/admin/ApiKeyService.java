package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client's API keys: issued, listed, rotated. Every use case runs in one transaction; a rotation is
 * announced to the {@link AccessChangeNotifier} inside it.
 */
public final class ApiKeyService implements IssueApiKeyUseCase, ListApiKeysUseCase, RotateApiKeyUseCase {
    private final ClientRecords records;
    private final RandomSource random;

    public ApiKeyService(
            ClientStore clients,
            ApiKeyStore apiKeys,
            TransactionRunner transactions,
            Clock clock,
            RandomSource random,
            AccessChangeNotifier notifier) {
        this.records = new ClientRecords(clients, apiKeys, transactions, clock, notifier);
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public IssuedApiKey issueApiKey(IssueApiKeyCommand command) {
        return records.transactions.inTransaction(() -> {
            Client client = records.requireClient(command.clientId());
            ClientRecords.requireActive(client);
            Instant now = records.now();
            Instant expiresAt = command.expiresIn() == null ? null : now.plus(command.expiresIn());
            return records.issue(random, client.id(), command.name(), expiresAt, now);
        });
    }

    @Override
    public List<ApiKey> listApiKeys(ClientId clientId) {
        return records.transactions.inTransaction(() -> {
            records.requireClient(clientId);
            return records.apiKeys.listByClient(clientId);
        });
    }

    @Override
    public RotatedApiKey rotateApiKey(RotateApiKeyCommand command) {
        return records.transactions.inTransaction(() -> {
            ApiKey old = records.apiKeys
                    .findById(command.keyId())
                    .orElseThrow(() -> ClientRecords.keyNotFound(command.keyId()));
            Client client = records.requireClient(old.clientId());
            ClientRecords.requireActive(client);
            Instant now = records.now();
            if (old.status() != ApiKeyStatus.ACTIVE || old.isExpiredAt(now)) {
                throw new VigintException(
                        ErrorCode.KEY_NOT_ROTATABLE,
                        "API key " + old.id() + " is "
                                + old.effectiveStatusAt(now).label() + "; only an active key can be rotated",
                        Map.of("key_id", old.id().value()));
            }
            IssuedApiKey replacement = records.issue(random, client.id(), old.name(), old.expiresAt(), now);
            Instant graceEnd = now.plus(command.grace());
            Instant oldExpiry =
                    old.expiresAt() != null && old.expiresAt().isBefore(graceEnd) ? old.expiresAt() : graceEnd;
            records.apiKeys.updateExpiry(old.id(), oldExpiry);
            records.notifier.accessChanged(client.id());
            ApiKey previous = records.apiKeys.findById(old.id()).orElseThrow(() -> ClientRecords.keyNotFound(old.id()));
            return new RotatedApiKey(previous, replacement);
        });
    }
}
