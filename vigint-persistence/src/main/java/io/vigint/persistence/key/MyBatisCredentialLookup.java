package io.vigint.persistence.key;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.KeyCredential;
import io.vigint.core.key.KeyDigest;
import io.vigint.persistence.MyBatisTransactions;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CredentialLookup} over {@code api_keys} joined with {@code clients}: one query, on one connection, in
 * autocommit mode outside a transaction (a single round trip to the database).
 */
public record MyBatisCredentialLookup(MyBatisTransactions transactions) implements CredentialLookup {
    public MyBatisCredentialLookup {
        Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Optional<KeyCredential> findCredential(KeyDigest digest) {
        String hex = digest.hash().hex();
        CredentialRow row = call(() -> transactions.read(ApiKeyMapper.class, keys -> keys.findCredential(hex)));
        return row == null ? Optional.empty() : Optional.of(toCredential(row, digest));
    }

    private static KeyCredential toCredential(CredentialRow row, KeyDigest digest) {
        ApiKey key = MyBatisApiKeyStore.toApiKey(row.key());
        Client client = row.clientRowId() == null
                ? null
                : new Client(
                        new ClientId(row.clientRowId()),
                        row.clientName(),
                        row.clientEmail(),
                        row.clientDescription(),
                        row.clientActive(),
                        instant(row.clientCreatedAt()),
                        instant(row.clientUpdatedAt()));
        return new KeyCredential(key, client, digest);
    }
}
