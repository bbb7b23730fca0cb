package io.vigint.core.contract;

import io.vigint.core.client.ClientStore;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.port.TransactionRunner;

/**
 * What a storage adapter hands to the contracts: its ports over an empty store. Implementations
 * return a fresh, empty store for every test (for example from a {@code @BeforeEach}).
 */
public interface StorageFixture {
    ClientStore clientStore();

    ApiKeyStore apiKeyStore();

    TransactionRunner transactions();

    /**
     * Where authentication finds a key with its client: an adapter with a one-lookup form returns it; the default
     * reads {@link #apiKeyStore()}, then {@link #clientStore()}.
     */
    default CredentialLookup credentialLookup() {
        return CredentialLookup.of(apiKeyStore(), clientStore());
    }
}
