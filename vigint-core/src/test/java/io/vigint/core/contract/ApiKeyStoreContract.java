package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static io.vigint.core.contract.Fixtures.newKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.Client;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.ApiKeyStore;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyStore} promises. */
public interface ApiKeyStoreContract extends StorageFixture {

    private Client client(String name) {
        return clientStore().insert(newClient(name));
    }

    @Test
    default void insertStoresAnActiveUnusedKeyFindableByIdAndHash() {
        Client acme = client("Acme");
        NewApiKey draft = newKey(acme.id(), T0.plusSeconds(3600));

        ApiKey stored = apiKeyStore().insert(draft);

        assertThat(stored.id().value()).isPositive();
        assertThat(stored.clientId()).isEqualTo(acme.id());
        assertThat(stored.name()).isEqualTo("default");
        assertThat(stored.prefix()).isEqualTo(draft.prefix());
        assertThat(stored.hash()).isEqualTo(draft.hash());
        assertThat(stored.status()).isEqualTo(ApiKeyStatus.ACTIVE);
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.lastUsedAt()).isNull();
        assertThat(stored.expiresAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(apiKeyStore().findById(stored.id())).contains(stored);
        assertThat(apiKeyStore().findByHash(draft.hash())).contains(stored);
    }

    @Test
    default void aLegacyKeyIsStoredAsLegacyAndReported() {
        Client acme = client("Acme");
        ApiKey ours = apiKeyStore().insert(newKey(acme.id(), null));

        assertThat(ours.legacy()).isFalse();
        assertThat(apiKeyStore().hasLegacyKeys()).isFalse();

        ApiKey imported = apiKeyStore()
                .insert(new NewApiKey(acme.id(), "imported", "legacy#7", KeyHash.of("x".repeat(43)), T0, null, true));

        assertThat(imported.legacy()).isTrue();
        assertThat(apiKeyStore().findByHash(imported.hash())).contains(imported);
        assertThat(apiKeyStore().findById(ours.id()).orElseThrow().legacy()).isFalse();
        assertThat(apiKeyStore().hasLegacyKeys()).isTrue();
    }

    @Test
    default void unknownIdOrHashIsEmpty() {
        assertThat(apiKeyStore().findById(new ApiKeyId(777_777))).isEmpty();
        assertThat(apiKeyStore().findByHash(KeyHash.of("vgt_nothing"))).isEmpty();
    }

    @Test
    default void listsAreInOrderAndScopedToTheClient() {
        Client acme = client("Acme");
        Client beta = client("Beta");
        ApiKey a1 = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey b1 = apiKeyStore().insert(newKey(beta.id(), null));
        ApiKey a2 = apiKeyStore().insert(newKey(acme.id(), null));

        assertThat(apiKeyStore().listByClient(acme.id())).containsExactly(a1, a2);
        assertThat(apiKeyStore().listByClient(beta.id())).containsExactly(b1);
        assertThat(apiKeyStore().listAll()).containsExactly(a1, a2, b1);
    }

    @Test
    default void updateStatusChangesOnlyThatKey() {
        Client acme = client("Acme");
        ApiKey a1 = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey a2 = apiKeyStore().insert(newKey(acme.id(), null));

        assertThat(apiKeyStore().updateStatus(a1.id(), ApiKeyStatus.REVOKED)).isTrue();

        assertThat(apiKeyStore().findById(a1.id()).orElseThrow().status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(apiKeyStore().findByHash(a1.hash()).orElseThrow().status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(apiKeyStore().findById(a2.id())).contains(a2);
        assertThat(apiKeyStore().updateStatus(new ApiKeyId(999_999), ApiKeyStatus.REVOKED))
                .isFalse();
    }

    @Test
    default void updateStatusForClientMovesOnlyKeysInTheGivenStatus() {
        Client acme = client("Acme");
        Client beta = client("Beta");
        ApiKey active1 = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey revoked = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey active2 = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey other = apiKeyStore().insert(newKey(beta.id(), null));
        apiKeyStore().updateStatus(revoked.id(), ApiKeyStatus.REVOKED);

        int moved = apiKeyStore().updateStatusForClient(acme.id(), ApiKeyStatus.ACTIVE, ApiKeyStatus.SUSPENDED);

        assertThat(moved).isEqualTo(2);
        assertThat(apiKeyStore().findById(active1.id()).orElseThrow().status()).isEqualTo(ApiKeyStatus.SUSPENDED);
        assertThat(apiKeyStore().findById(active2.id()).orElseThrow().status()).isEqualTo(ApiKeyStatus.SUSPENDED);
        assertThat(apiKeyStore().findById(revoked.id()).orElseThrow().status()).isEqualTo(ApiKeyStatus.REVOKED);
        assertThat(apiKeyStore().findById(other.id()).orElseThrow().status()).isEqualTo(ApiKeyStatus.ACTIVE);
    }

    @Test
    default void updateExpirySetsAndClearsIt() {
        Client acme = client("Acme");
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));

        assertThat(apiKeyStore().updateExpiry(key.id(), T0.plusSeconds(10))).isTrue();
        assertThat(apiKeyStore().findById(key.id()).orElseThrow().expiresAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(apiKeyStore().updateExpiry(key.id(), null)).isTrue();
        assertThat(apiKeyStore().findById(key.id()).orElseThrow().expiresAt()).isNull();
        assertThat(apiKeyStore().updateExpiry(new ApiKeyId(999_998), T0)).isFalse();
    }

    @Test
    default void recordUseKeepsTheLatestUseAndTouchesNothingElse() {
        Client acme = client("Acme");
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));
        apiKeyStore().updateStatus(key.id(), ApiKeyStatus.REVOKED);

        apiKeyStore().recordUse(key.id(), T0.plusSeconds(120));
        apiKeyStore().recordUse(key.id(), T0.plusSeconds(60));

        ApiKey reread = apiKeyStore().findById(key.id()).orElseThrow();
        assertThat(reread.lastUsedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(reread.status()).isEqualTo(ApiKeyStatus.REVOKED);
    }

    @Test
    default void deleteByClientRemovesOnlyThatClientsKeys() {
        Client acme = client("Acme");
        Client beta = client("Beta");
        ApiKey a1 = apiKeyStore().insert(newKey(acme.id(), null));
        apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey b1 = apiKeyStore().insert(newKey(beta.id(), null));

        assertThat(apiKeyStore().deleteByClient(acme.id())).isEqualTo(2);

        assertThat(apiKeyStore().listByClient(acme.id())).isEmpty();
        assertThat(apiKeyStore().findByHash(a1.hash())).isEmpty();
        assertThat(apiKeyStore().listAll()).containsExactly(b1);
    }
}
