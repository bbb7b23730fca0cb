package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A client's API keys: issued, listed, rotated. Every use case runs in one transaction; a rotation is
 * announced to the {@link AccessChangeNotifier} inside it.
 */
public record ApiKeyService(ClientPorts ports, RandomSource random)
        implements IssueApiKeyUseCase, ListApiKeysUseCase, RotateApiKeyUseCase {
    public ApiKeyService {
        Checks.nonNull("ports random", ports, random);
    }

    @Override
    public IssuedApiKey issueApiKey(IssueApiKeyCommand command) {
        return ports.transactions().inTransaction(() -> {
            Client client = ports.requireClient(command.clientId());
            ClientPorts.requireActive(client);
            Instant now = ports.now();
            Instant expiresAt = command.expiresIn() == null ? null : now.plus(command.expiresIn());
            return ports.issue(random, client.id(), command.name(), expiresAt, now);
        });
    }

    @Override
    public List<ApiKey> listApiKeys(ClientId clientId) {
        return ports.transactions().inTransaction(() -> {
            ports.requireClient(clientId);
            return ports.apiKeys().listByClient(clientId);
        });
    }

    @Override
    public RotatedApiKey rotateApiKey(RotateApiKeyCommand command) {
        return ports.transactions().inTransaction(() -> {
            ApiKey old = ports.apiKeys()
                    .findById(command.keyId())
                    .orElseThrow(() -> ClientPorts.keyNotFound(command.keyId()));
            Client client = ports.requireClient(old.clientId());
            ClientPorts.requireActive(client);
            Instant now = ports.now();
            if (old.status() != ApiKeyStatus.ACTIVE || old.isExpiredAt(now)) {
                throw new VigintException(
                        CoreErrorCode.KEY_NOT_ROTATABLE,
                        "API key " + old.id() + " is "
                                + old.effectiveStatusAt(now).label() + "; only an active key can be rotated",
                        Map.of("key_id", old.id().value()));
            }
            IssuedApiKey replacement = ports.issue(random, client.id(), old.name(), old.expiresAt(), now);
            Instant graceEnd = now.plus(command.grace());
            Instant oldExpiry =
                    old.expiresAt() != null && old.expiresAt().isBefore(graceEnd) ? old.expiresAt() : graceEnd;
            ports.apiKeys().updateExpiry(old.id(), oldExpiry);
            ports.notifier().accessChanged(client.id());
            ApiKey previous = ports.apiKeys().findById(old.id()).orElseThrow(() -> ClientPorts.keyNotFound(old.id()));
            return new RotatedApiKey(previous, replacement);
        });
    }
}
