package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static io.vigint.core.contract.Fixtures.newKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.CredentialLookup;
import io.vigint.core.key.KeyCredential;
import io.vigint.core.key.KeyDigest;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.NewApiKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CredentialLookup} promises over its stores ({@link #credentialLookup()}): each lookup gives
 * the key and its client as they are stored now, whichever store changed last, and nothing a failed transaction
 * wrote.
 */
public interface CredentialLookupContract extends StorageFixture {

    private KeyCredential credentialOf(ApiKey key) {
        return credentialLookup().findCredential(KeyDigest.of(key.hash())).orElseThrow();
    }

    private void assertCurrent(ApiKey key) {
        ApiKey stored = apiKeyStore().findById(key.id()).orElseThrow();
        Client client = clientStore().findById(key.clientId()).orElseThrow();
        KeyCredential credential = credentialOf(key);
        assertThat(credential.key()).isEqualTo(stored);
        assertThat(credential.client()).isEqualTo(client);
        assertThat(credential.keyActive()).isEqualTo(stored.status() == ApiKeyStatus.ACTIVE);
        assertThat(credential.clientActive()).isEqualTo(client.active());
        assertThat(credential.legacy()).isEqualTo(stored.legacy());
        assertThat(credential.matches(KeyDigest.of(stored.hash()))).isTrue();
    }

    @Test
    default void findsAKeyWithItsClient() {
        Client acme = clientStore().insert(newClient("Acme"));
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), T0.plusSeconds(60)));

        KeyCredential credential = credentialOf(key);

        assertThat(credential.key()).isEqualTo(key);
        assertThat(credential.client()).isEqualTo(acme);
        assertThat(credential.hasClient()).isTrue();
        assertThat(credential.keyActive()).isTrue();
        assertThat(credential.clientActive()).isTrue();
        assertThat(credential.legacy()).isFalse();
        assertThat(credential.keyExpiredAt(T0.plusSeconds(60).minusNanos(1000))).isFalse();
        assertThat(credential.keyExpiredAt(T0.plusSeconds(60))).isTrue();
        assertThat(credential.usedWithin(Duration.ofMinutes(1), T0)).isFalse();
    }

    @Test
    default void anUnknownDigestFindsNothing() {
        Client acme = clientStore().insert(newClient("Acme"));
        apiKeyStore().insert(newKey(acme.id(), null));

        assertThat(credentialLookup().findCredential(KeyDigest.of("vgt_nothing")))
                .isEmpty();
        assertThat(credentialLookup().findCredential(KeyDigest.of(KeyHash.of("vgt_nothing"))))
                .isEmpty();
    }

    @Test
    default void aLegacyKeyIsFoundAsLegacy() {
        Client acme = clientStore().insert(newClient("Acme"));
        ApiKey imported = apiKeyStore()
                .insert(new NewApiKey(acme.id(), "imported", "legacy#7", KeyHash.of("x".repeat(43)), T0, null, true));

        assertThat(credentialOf(imported).legacy()).isTrue();
        assertCurrent(imported);
    }

    @Test
    default void followsEveryChangeOfTheKey() {
        Client acme = clientStore().insert(newClient("Acme"));
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey other = apiKeyStore().insert(newKey(acme.id(), null));

        apiKeyStore().updateStatus(key.id(), ApiKeyStatus.REVOKED);
        assertThat(credentialOf(key).keyActive()).isFalse();
        assertCurrent(key);
        apiKeyStore().updateStatus(key.id(), ApiKeyStatus.ACTIVE);
        assertThat(credentialOf(key).keyActive()).isTrue();
        apiKeyStore().updateStatusForClient(acme.id(), ApiKeyStatus.ACTIVE, ApiKeyStatus.SUSPENDED);
        assertThat(credentialOf(key).keyActive()).isFalse();
        assertThat(credentialOf(other).keyActive()).isFalse();
        assertCurrent(other);
        apiKeyStore().updateStatusForClient(acme.id(), ApiKeyStatus.SUSPENDED, ApiKeyStatus.ACTIVE);

        apiKeyStore().updateExpiry(key.id(), T0.plusSeconds(30));
        assertThat(credentialOf(key).keyExpiredAt(T0.plusSeconds(30))).isTrue();
        assertThat(credentialOf(key).keyExpiredAt(T0.plusSeconds(29))).isFalse();
        assertCurrent(key);
        apiKeyStore().updateExpiry(key.id(), null);
        assertThat(credentialOf(key).keyExpiredAt(T0.plus(Duration.ofDays(10_000))))
                .isFalse();

        apiKeyStore().recordUse(key.id(), T0.plusSeconds(5));
        assertThat(credentialOf(key).key().lastUsedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(credentialOf(key).usedWithin(Duration.ofMinutes(1), T0.plusSeconds(64)))
                .isTrue();
        assertThat(credentialOf(key).usedWithin(Duration.ofMinutes(1), T0.plusSeconds(65)))
                .isFalse();
        assertCurrent(key);
        assertCurrent(other);
    }

    @Test
    default void followsEveryChangeOfTheClientForAllItsKeysOnly() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        ApiKey first = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey second = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey betaKey = apiKeyStore().insert(newKey(beta.id(), null));

        clientStore().update(acme.withActive(false, T0.plusSeconds(1)));

        assertThat(credentialOf(first).clientActive()).isFalse();
        assertThat(credentialOf(second).clientActive()).isFalse();
        assertThat(credentialOf(first).client().updatedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(credentialOf(betaKey).clientActive()).isTrue();
        assertCurrent(first);
        assertCurrent(second);
        assertCurrent(betaKey);

        Client renamed =
                new Client(acme.id(), "Acme Two", "two@acme.example", null, true, acme.createdAt(), T0.plusSeconds(2));
        clientStore().update(renamed);

        assertThat(credentialOf(first).client()).isEqualTo(renamed);
        assertThat(credentialOf(second).clientActive()).isTrue();
        assertCurrent(second);
        assertThat(credentialOf(betaKey).client()).isEqualTo(beta);
    }

    @Test
    default void deletedKeysAreNotFound() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));
        ApiKey betaKey = apiKeyStore().insert(newKey(beta.id(), null));

        apiKeyStore().deleteByClient(acme.id());
        clientStore().delete(acme.id());

        assertThat(credentialLookup().findCredential(KeyDigest.of(key.hash()))).isEmpty();
        assertCurrent(betaKey);
    }

    @Test
    default void aFailedTransactionChangesNothing() {
        Client acme = clientStore().insert(newClient("Acme"));
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));
        List<ApiKey> added = new ArrayList<>();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    apiKeyStore().updateStatus(key.id(), ApiKeyStatus.REVOKED);
                    apiKeyStore().updateExpiry(key.id(), T0);
                    clientStore().update(acme.withActive(false, T0.plusSeconds(1)));
                    added.add(apiKeyStore().insert(newKey(acme.id(), null)));
                    throw new IllegalStateException("rolled back");
                }))
                .hasMessage("rolled back");

        KeyCredential credential = credentialOf(key);
        assertThat(credential.key()).isEqualTo(key);
        assertThat(credential.client()).isEqualTo(acme);
        assertThat(credential.keyActive()).isTrue();
        assertThat(credential.clientActive()).isTrue();
        assertThat(credentialLookup().findCredential(KeyDigest.of(added.get(0).hash())))
                .isEmpty();
    }

    @Test
    default void insideATransactionSeesItsOwnWrites() {
        Client acme = clientStore().insert(newClient("Acme"));
        ApiKey key = apiKeyStore().insert(newKey(acme.id(), null));

        boolean activeInside = transactions().inTransaction(() -> {
            apiKeyStore().updateStatus(key.id(), ApiKeyStatus.REVOKED);
            return credentialOf(key).keyActive();
        });

        assertThat(activeInside).isFalse();
        assertThat(credentialOf(key).keyActive()).isFalse();
    }

    @Test
    default void findsEachOfManyKeysAndNoneOfTheDeleted() {
        List<ApiKey> kept = new ArrayList<>();
        List<ApiKey> deleted = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Client client = clientStore().insert(newClient("Client " + i));
            ApiKey key = apiKeyStore().insert(newKey(client.id(), null));
            if (i % 3 == 0) {
                apiKeyStore().deleteByClient(client.id());
                deleted.add(key);
            } else {
                kept.add(key);
            }
        }

        for (ApiKey key : kept) {
            assertThat(credentialOf(key).key()).isEqualTo(key);
            assertThat(credentialOf(key).client().id()).isEqualTo(key.clientId());
        }
        for (ApiKey key : deleted) {
            assertThat(credentialLookup().findCredential(KeyDigest.of(key.hash())))
                    .isEmpty();
        }
    }
}
