package io.vigint.persistence.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.admin.ClientAdministrationService;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.money.Money;
import io.vigint.core.port.RandomSource;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.UsageRecord;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.MyBatisStorage;
import io.vigint.persistence.usage.SyncRecordingFilePath.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit path of a usage record on the embedded H2 database, watched at the file channel: the group-commit
 * sink over {@link MyBatisUsageStore} answers a caller only after the bytes of its record were written to the
 * database file and the file was forced to the device (fsync). H2 alone writes a commit up to
 * {@code WRITE_DELAY} later and does not fsync it, so without the sync a {@code kill -9} right after the answer
 * loses the record (HostileKillMeteringIT shows it end to end).
 */
class DurableUsageCommitTest {
    private static final int CALLERS = 40;

    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        SyncRecordingFilePath.register();
        String url = "jdbc:h2:" + SyncRecordingFilePath.SCHEME + ":"
                + dir.resolve("vigint").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        database = Database.open(DatabaseSettings.of(url, null, null));
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        SyncRecordingFilePath.clear();
    }

    @Test
    void everyCallerIsAnsweredOnlyAfterItsRecordWasWrittenAndForcedToTheFile() throws Exception {
        MyBatisStorage storage = database.storage();
        ClientId client = new ClientAdministrationService(
                        storage, storage, storage, Clock.systemUTC(), RandomSource.secure())
                .createClient(new CreateClientCommand("Acme", "ops@acme.example", null))
                .client()
                .id();
        SyncRecordingFilePath.clear();
        List<String> ids = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try (GroupCommitUsageSink sink = new GroupCommitUsageSink(new MyBatisUsageStore(database.storage()))) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String id = "durable-" + i + "-" + Long.toHexString(System.nanoTime());
                ids.add(id);
                calls.add(callers.submit(() -> {
                    sink.record(new UsageRecord(
                            null, client, "/api/health", "GET", 200, Money.of("0.01", "EUR"), Instant.now(), id));
                    SyncRecordingFilePath.mark("answered " + id);
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdown();
        }

        List<Event> events = SyncRecordingFilePath.events();
        for (String id : ids) {
            int answered = indexOf(events, "answered " + id);
            assertThat(answered).as("%s was answered", id).isNotNegative();
            int written = firstWriteContaining(events, id.getBytes(StandardCharsets.UTF_8));
            assertThat(written)
                    .as("the bytes of %s reached the database file before its caller was answered", id)
                    .isNotNegative()
                    .isLessThan(answered);
            assertThat(events.subList(written + 1, answered))
                    .as("the database file was forced to disk after %s was written and before it was answered", id)
                    .anyMatch(e -> e.kind().equals("force") && isDatabaseFile(e));
        }
    }

    private static int indexOf(List<Event> events, String kind) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstWriteContaining(List<Event> events, byte[] wanted) {
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.kind().equals("write") && isDatabaseFile(e) && contains(e.data(), wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDatabaseFile(Event e) {
        return e.file() != null && e.file().endsWith(".mv.db");
    }

    private static boolean contains(byte[] data, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= data.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
