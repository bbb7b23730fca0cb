package io.vigint.persistence;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.client.NewClient;
import io.vigint.core.contract.StorageFixture;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a database adapter adds to the core's contracts: uniqueness that holds between racing
 * connections, and transactions that other threads cannot see into.
 */
interface ConcurrentWritesContract extends StorageFixture {
    int WRITERS = 6;

    @Test
    default void racingInsertsOfOneNameInDifferentCaseStoreExactlyOne() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String name = i % 2 == 0 ? "Racer" : "RACER";
                String email = "racer" + i + "@example.com";
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        clientStore().insert(new NewClient(name, email, null, T0));
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
            assertThat(codes.stream().filter(c -> c != null)).containsOnly(CoreErrorCode.DUPLICATE_CLIENT_NAME);
            assertThat(clientStore().list()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void otherThreadsDoNotSeeAnOpenTransactionsWrites() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            List<Client> seenInside = transactions().inTransaction(() -> {
                clientStore().insert(newClient("Pending"));
                try {
                    return other.submit(() -> clientStore().list()).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(seenInside).isEmpty();
            assertThat(other.submit(() -> clientStore().list()).get(30, TimeUnit.SECONDS))
                    .extracting(Client::name)
                    .containsExactly("Pending");
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    default void aDuplicateInsideATransactionRollsBackItsEarlierWrites() {
        clientStore().insert(newClient("Taken"));

        assertThatThrownBy(() -> transactions().run(() -> {
                    clientStore().insert(newClient("Fresh"));
                    clientStore().insert(new NewClient("TAKEN", "other@example.com", null, T0));
                }))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_NAME);
                    assertThat(e.details()).containsEntry("field", "name");
                });

        assertThat(clientStore().list()).extracting(Client::name).containsExactly("Taken");
    }

    @Test
    default void aDuplicateEmailOnUpdateNamesTheEmailFieldAndChangesNothing() {
        clientStore().insert(newClient("Alpha"));
        Client bravo = clientStore().insert(newClient("Bravo"));
        Client clash = new Client(bravo.id(), "Bravo", "ALPHA@example.com", null, true, T0, T0.plusSeconds(1));

        assertThatThrownBy(() -> clientStore().update(clash)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.DUPLICATE_CLIENT_EMAIL);
            assertThat(e.details()).containsEntry("field", "email");
        });
        assertThat(clientStore().findById(bravo.id())).contains(bravo);
    }
}
