package io.vigint.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.client.ClientId;
import io.vigint.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed loop over a table in memory (H2 settings: it polls, no connection of its own). */
class AccessChangeFeedLoopTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final ClientId ACME = new ClientId(1);
    private static final ClientId BETA = new ClientId(2);

    private final FakeTable table = new FakeTable();
    private final AccessChangeFeedLoop feed = new AccessChangeFeedLoop(
            table, DatabaseSettings.embedded(Path.of("unused")), Clock.fixed(NOW, ZoneOffset.UTC));
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        feed.close();
    }

    @Test
    void changesCommittedBeforeTheFirstSubscriptionAreNotDeliveredLaterOnesAre() throws Exception {
        table.append(1, ACME);
        feed.subscribe(this::hear);

        table.append(2, BETA);

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("2");
        assertThat(heard.poll(AccessChangeFeedLoop.H2_POLL_MILLIS * 3, TimeUnit.MILLISECONDS))
                .isNull();
    }

    @Test
    void anIdCommittedAfterAHigherOneIsStillDelivered() throws Exception {
        feed.subscribe(this::hear);
        table.append(2, BETA);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("2");

        table.append(1, ACME);

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("1");
        assertThat(table.awaitedAsked).anySatisfy(awaited -> assertThat(awaited).containsExactly(1L));
    }

    @Test
    void aFailedReadIsToldAsAnythingMayHaveChangedOnceTheTableAnswersAgain() throws Exception {
        feed.subscribe(this::hear);
        table.failing = true;
        table.append(1, ACME);
        Thread.sleep(AccessChangeFeedLoop.H2_POLL_MILLIS * 2);

        table.failing = false;

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("anything");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("1");
    }

    @Test
    void oldRowsArePurgedByTheClockNotTheSystemTime() throws Exception {
        feed.subscribe(this::hear);

        assertThat(table.purgedBefore.poll(5, TimeUnit.SECONDS))
                .isEqualTo(NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC));
    }

    @Test
    void aListenerThatFailsDoesNotStopTheOthers() throws Exception {
        feed.subscribe(client -> {
            throw new IllegalStateException("a failing listener");
        });
        feed.subscribe(this::hear);

        table.append(1, ACME);

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("1");
    }

    private void hear(ClientId client) {
        heard.add(client == null ? "anything" : Long.toString(client.value()));
    }

    /** {@code access_changes} in memory; ids are appended in any order, as commits make them visible. */
    private static final class FakeTable implements AccessChangeMapper {
        private final List<AccessChangeRow> rows = new CopyOnWriteArrayList<>();
        final List<List<Long>> awaitedAsked = new CopyOnWriteArrayList<>();
        final BlockingQueue<OffsetDateTime> purgedBefore = new LinkedBlockingQueue<>();
        volatile boolean failing;

        void append(long id, ClientId client) {
            rows.add(new AccessChangeRow(id, client.value()));
        }

        @Override
        public int insert(long clientId, OffsetDateTime changedAt) {
            throw new UnsupportedOperationException("the feed only reads");
        }

        @Override
        public String sendNotification(String channel, String payload) {
            throw new UnsupportedOperationException("not on H2");
        }

        @Override
        public long maxId() {
            failIfAsked();
            return rows.stream().mapToLong(AccessChangeRow::id).max().orElse(0);
        }

        @Override
        public List<AccessChangeRow> listAfter(long after, Collection<Long> also) {
            failIfAsked();
            if (!also.isEmpty()) {
                awaitedAsked.add(new ArrayList<>(also));
            }
            return rows.stream()
                    .filter(row -> row.id() > after || also.contains(row.id()))
                    .sorted((a, b) -> Long.compare(a.id(), b.id()))
                    .toList();
        }

        @Override
        public int deleteChangedBefore(OffsetDateTime cutoff) {
            purgedBefore.add(cutoff);
            return 0;
        }

        private void failIfAsked() {
            if (failing) {
                throw new IllegalStateException("the table does not answer");
            }
        }
    }
}
