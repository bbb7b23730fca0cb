package io.vigint.core.admin;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyFormat;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * The ports every operator service works over: the client and key stores, the transaction each use case
 * runs in, the clock, and who is told of access changes inside that transaction. Its package-private
 * methods are the look-ups and checks the services share (a client or key, or the catalogue's error;
 * issuing a key), used inside those transactions.
 */
public record ClientPorts(
        ClientStore clients,
        ApiKeyStore apiKeys,
        TransactionRunner transactions,
        Clock clock,
        AccessChangeNotifier notifier) {
    /** Every port is required. */
    public ClientPorts {
        for (Object port : new Object[] {clients, apiKeys, transactions, clock, notifier}) {
            Objects.requireNonNull(
                    port, "ClientPorts needs every port: clients, apiKeys, transactions, clock, notifier");
        }
    }

    /** A new key for {@code clientId}; its plain text is in the result only. */
    IssuedApiKey issue(RandomSource random, ClientId clientId, String name, Instant expiresAt, Instant now) {
        String plain = ApiKeyFormat.generate(random);
        ApiKey stored = apiKeys.insert(
                NewApiKey.issued(clientId, name, ApiKeyFormat.displayPrefix(plain), KeyHash.of(plain), now, expiresAt));
        return new IssuedApiKey(stored, plain);
    }

    ClientWithKeys withKeys(Client client) {
        return new ClientWithKeys(client, apiKeys.listByClient(client.id()));
    }

    Client requireClient(ClientId id) {
        return clients.findById(id)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, "No client with id " + id, Map.of("client_id", id.value())));
    }

    static void requireActive(Client client) {
        if (!client.active()) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_REVOKED,
                    "Client " + client.id() + " is revoked; reactivate it first",
                    Map.of("client_id", client.id().value()));
        }
    }

    ApiKey requireKeyOf(Client client, ApiKeyId keyId) {
        return apiKeys.findById(keyId)
                .filter(key -> key.clientId().equals(client.id()))
                .orElseThrow(() -> keyNotFound(keyId));
    }

    static VigintException keyNotFound(ApiKeyId keyId) {
        return new VigintException(
                CoreErrorCode.KEY_NOT_FOUND, "No API key with id " + keyId, Map.of("key_id", keyId.value()));
    }

    /** The clock's time at the stores' resolution (microseconds). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
