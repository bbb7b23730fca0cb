package io.vigint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A process killed with SIGKILL in the middle of issuing a credit note (after it took a number and wrote
 * the note and the counter, before it committed) leaves no gap and no duplicate: PostgreSQL rolls its
 * transaction back when the connection dies, a credit note issued meanwhile by this process waits for
 * the counter's row lock and then takes that same first number, and later ones follow without a gap.
 */
class PostgresCreditNoteCrashIT extends BillingStorageFixture implements CreditNoteFixture {
    private static DatabaseSettings settings;
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        settings = PostgresTestDatabase.createSchema();
        database = Database.open(settings);
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
        PostgresTestDatabase.dropSchema(settings);
    }

    @Override
    Database database() {
        return database;
    }

    @Test
    void aProcessKilledWhileHoldingACreditNoteNumberLeavesNoGapAndNoDuplicate() throws Exception {
        List<InvoiceNumber> invoices = invoicesOf1210(2);
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CreditNoteCrashProbe.class.getName(),
                        settings.url(),
                        invoices.get(0).toString())
                .redirectErrorStream(true)
                .start();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            CompletableFuture<String> holding = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        seen.append(line).append('\n');
                        if (line.startsWith(CreditNoteCrashProbe.HOLDING)) {
                            return line;
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return null;
                }
            });
            String line = holding.get(90, TimeUnit.SECONDS);
            assertThat(line).as(seen.toString()).isEqualTo(CreditNoteCrashProbe.HOLDING + " VIGINT-CN-2026-0001");

            Future<CreditNote> waiting = pool.submit(() -> quietFollowUps(followUpStore())
                    .issueCreditNote(
                            new IssueCreditNoteCommand(invoices.get(1), Optional.of(BigDecimal.TEN), "while it hangs"))
                    .note());
            Thread.sleep(1000);
            assertThat(waiting).as("blocked on the counter the child holds").isNotDone();

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            CreditNote first = waiting.get(60, TimeUnit.SECONDS);
            CreditNote second = quietFollowUps(followUpStore())
                    .issueCreditNote(new IssueCreditNoteCommand(invoices.get(0), Optional.empty(), "after the crash"))
                    .note();

            assertThat(first.number().toString()).isEqualTo("VIGINT-CN-2026-0001");
            assertThat(first.invoice()).isEqualTo(invoices.get(1));
            assertThat(second.number().toString()).isEqualTo("VIGINT-CN-2026-0002");
            assertThat(followUpStore().listCreditNotes(Optional.empty(), Optional.of(invoices.get(0))))
                    .containsExactly(second);
            assertCreditNotesGapFree(2);
            for (InvoiceNumber invoice : invoices) {
                assertThat(invoicing().verify(invoice).differences()).isEmpty();
            }
        } finally {
            child.destroyForcibly();
            pool.shutdownNow();
        }
    }
}
