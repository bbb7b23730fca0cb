package io.vigint.persistence;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.contract.StorageFixture;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginStore;
import io.vigint.core.port.ClientDataOwner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the database adds for logins, settings and idempotency records: unique usernames between
 * racing connections, client data that goes with the client, and response bodies kept byte for byte.
 */
interface ClientDataContract extends StorageFixture {
    int WRITERS = 6;
    Instant EXPIRED_BEFORE = T0.minus(Duration.ofHours(24));

    LoginStore loginStore();

    ClientSettingsStore clientSettingsStore();

    IdempotencyStore idempotencyStore();

    ClientDataOwner clientDataOwner();

    @Test
    default void racingLoginsForOneUsernameInDifferentCaseStoreExactlyOne() throws Exception {
        List<ClientId> clients = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            clients.add(clientStore().insert(newClient("Racer " + i)).id());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                LoginCredential login = new LoginCredential(clients.get(i), i % 2 == 0 ? "racer" : "RACER", "h", T0);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        loginStore().putLogin(login);
                        return null;
                    } catch (VigintException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                codes.add(outcome.get(30, TimeUnit.SECONDS));
            }

            assertThat(codes).containsOnlyOnce((ErrorCode) null);
            assertThat(codes.stream().filter(c -> c != null)).containsOnly(CoreErrorCode.DUPLICATE_USERNAME);
            assertThat(clients.stream()
                            .filter(id -> loginStore().findLoginByClient(id).isPresent()))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void deletingClientDataRemovesTheClientsLoginSettingsAndIdempotencyRecordsOnly() {
        ClientId acme = clientStore().insert(newClient("Acme")).id();
        ClientId beta = clientStore().insert(newClient("Beta")).id();
        for (ClientId client : List.of(acme, beta)) {
            loginStore().putLogin(new LoginCredential(client, "user" + client.value(), "h", T0));
            clientSettingsStore().putSettings(client, new ClientSettings(60));
            idempotencyStore().claim(client, "k", "fp", T0, EXPIRED_BEFORE);
        }

        transactions().run(() -> clientDataOwner().deleteClientData(acme));

        assertThat(loginStore().findLoginByClient(acme)).isEmpty();
        assertThat(idempotencyStore().claim(acme, "k", "fp2", T0, EXPIRED_BEFORE))
                .as("acme's key is free again")
                .isEmpty();
        assertThat(loginStore().findLoginByClient(beta)).isPresent();
        assertThat(clientSettingsStore().settingsOf(beta)).isEqualTo(new ClientSettings(60));
        assertThat(idempotencyStore().claim(beta, "k", "fp2", T0, EXPIRED_BEFORE))
                .get()
                .extracting(IdempotencyRecord::fingerprint)
                .isEqualTo("fp");
    }

    @Test
    default void deletingTheClientRowCascadesToItsLoginSettingsAndIdempotencyRecords() {
        ClientId acme = clientStore().insert(newClient("Acme")).id();
        loginStore().putLogin(new LoginCredential(acme, "acme", "h", T0));
        clientSettingsStore().putSettings(acme, new ClientSettings(60));
        idempotencyStore().claim(acme, "k", "fp", T0, EXPIRED_BEFORE);

        assertThat(clientStore().delete(acme)).isTrue();

        assertThat(loginStore().findLoginByUsername("acme")).isEmpty();
        assertThat(clientSettingsStore().settingsOf(acme)).isEqualTo(ClientSettings.defaults());
        assertThat(idempotencyStore().purgeCreatedBefore(T0.plusSeconds(1))).isZero();
    }

    @Test
    default void aStoredResponseKeepsEveryByteOfItsBodyAndAMissingContentType() {
        ClientId acme = clientStore().insert(newClient("Acme")).id();
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        StoredResponse binary = new StoredResponse(200, null, body);
        StoredResponse empty = new StoredResponse(204, null, new byte[0]);
        idempotencyStore().claim(acme, "binary", "fp", T0, EXPIRED_BEFORE);
        idempotencyStore().claim(acme, "empty", "fp", T0, EXPIRED_BEFORE);

        idempotencyStore().complete(acme, "binary", binary);
        idempotencyStore().complete(acme, "empty", empty);

        assertThat(idempotencyStore().claim(acme, "binary", "fp", T0, EXPIRED_BEFORE))
                .get()
                .extracting(IdempotencyRecord::response)
                .isEqualTo(binary);
        assertThat(idempotencyStore().claim(acme, "empty", "fp", T0, EXPIRED_BEFORE))
                .get()
                .extracting(IdempotencyRecord::response)
                .isEqualTo(empty);
    }

    @Test
    default void releasingACompletedRecordKeepsIt() {
        ClientId acme = clientStore().insert(newClient("Acme")).id();
        StoredResponse created = new StoredResponse(201, "application/json", new byte[] {'{', '}'});
        idempotencyStore().claim(acme, "k", "fp", T0, EXPIRED_BEFORE);
        idempotencyStore().complete(acme, "k", created);

        idempotencyStore().release(acme, "k");

        assertThat(idempotencyStore().claim(acme, "k", "fp", T0, EXPIRED_BEFORE))
                .get()
                .extracting(IdempotencyRecord::response)
                .isEqualTo(created);
    }
}
