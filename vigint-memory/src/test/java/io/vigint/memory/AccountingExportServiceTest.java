package io.vigint.memory;

import static io.vigint.core.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.accounting.AccountingExportService;
import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.accounting.AccountingLedger;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportResult;
import io.vigint.core.accounting.ExportRetry;
import io.vigint.core.accounting.ExportState;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountingExportServiceTest {
    private static final String NUMBER = "VIGINT-2026-0007";
    private static final ExportRetry RETRY =
            new ExportRetry(4, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5), 10);

    /** A ledger answering from a script, recording the keys it was called with. */
    private static final class ScriptedLedger implements AccountingLedger {
        final Deque<ExportResult> answers = new ArrayDeque<>();
        final List<String> keys = new ArrayList<>();

        @Override
        public ExportResult export(AccountingInvoice invoice, String idempotencyKey) {
            keys.add(idempotencyKey);
            ExportResult next = answers.poll();
            if (next == null) {
                throw new IllegalStateException("no scripted answer left");
            }
            return next;
        }
    }

    private final MutableClock clock = new MutableClock(T0);
    private final ScriptedLedger ledger = new ScriptedLedger();
    private InMemoryAccountingExportQueue queue;
    private AccountingExportService service;

    @BeforeEach
    void wire() {
        queue = new InMemoryAccountingExportQueue();
        service = new AccountingExportService(
                queue,
                number -> number.equals(NUMBER) ? Optional.of(invoice()) : Optional.empty(),
                Optional.of(ledger),
                RETRY,
                clock);
    }

    static AccountingInvoice invoice() {
        return new AccountingInvoice(
                NUMBER,
                AccountingInvoice.Kind.INVOICE,
                Optional.empty(),
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                Money.EUR,
                AccountingInvoice.Customer.named("Acme", "billing@acme.example"),
                List.of(new AccountingInvoice.Line(
                        "analyze", BigDecimal.valueOf(3), new BigDecimal("0.05"), new BigDecimal("0.21"))),
                Money.of("0.15", "EUR"),
                Money.of("0.03", "EUR"),
                Money.of("0.18", "EUR"));
    }

    private ExportEntry entry() {
        return queue.find(NUMBER).orElseThrow();
    }

    @Test
    void retriesWithDoublingBackOffUnderOneKeyUntilExported() {
        ledger.answers.add(new ExportResult.RetryLater("HTTP 500", Optional.empty()));
        ledger.answers.add(new ExportResult.RetryLater("timed out", Optional.empty()));
        ledger.answers.add(new ExportResult.Exported("qonto-1"));
        service.enqueue(NUMBER);

        service.exportDue();
        assertThat(entry().nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(entry().lastError()).contains("HTTP 500");
        clock.advance(Duration.ofSeconds(29));
        assertThat(service.exportDue()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        service.exportDue();
        assertThat(entry().nextAttemptAt()).isEqualTo(T0.plusSeconds(30 + 60));
        clock.advance(Duration.ofSeconds(60));
        List<ExportEntry> outcomes = service.exportDue();

        assertThat(outcomes).singleElement().satisfies(done -> {
            assertThat(done.state()).isEqualTo(ExportState.DONE);
            assertThat(done.externalId()).contains("qonto-1");
            assertThat(done.attempts()).isEqualTo(3);
        });
        assertThat(ledger.keys).hasSize(3).containsOnly(AccountingExportService.idempotencyKey(NUMBER));
        assertThat(AccountingExportService.idempotencyKey(NUMBER))
                .isEqualTo(AccountingExportService.idempotencyKey(NUMBER))
                .isNotEqualTo(AccountingExportService.idempotencyKey("VIGINT-2026-0008"));
    }

    @Test
    void aRefusalFailsAtOnceWithTheLedgersReason() {
        ledger.answers.add(new ExportResult.Rejected("HTTP 422: /currency: must be EUR"));
        service.enqueue(NUMBER);
        service.exportDue();

        assertThat(entry().state()).isEqualTo(ExportState.FAILED);
        assertThat(entry().lastError()).contains("HTTP 422: /currency: must be EUR");
        clock.advance(Duration.ofHours(1));
        assertThat(service.exportDue()).isEmpty();
        assertThat(ledger.keys).hasSize(1);
    }

    @Test
    void retryAfterIsHonouredWhenLongerThanTheBackOff() {
        ledger.answers.add(new ExportResult.RetryLater("HTTP 429", Optional.of(Duration.ofMinutes(7))));
        service.enqueue(NUMBER);
        service.exportDue();
        assertThat(entry().nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(7)));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            ledger.answers.add(new ExportResult.RetryLater("HTTP 503", Optional.empty()));
        }
        service.enqueue(NUMBER);
        for (int i = 0; i < 4; i++) {
            service.exportDue();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(entry().state()).isEqualTo(ExportState.FAILED);
        assertThat(entry().lastError()).contains("gave up after 4 attempts: HTTP 503");
        assertThat(ledger.keys).hasSize(4);
    }

    @Test
    void aLedgerExceptionIsRetried() {
        service.enqueue(NUMBER);
        service.exportDue();
        assertThat(entry().state()).isEqualTo(ExportState.PENDING);
        assertThat(entry().lastError()).contains("IllegalStateException: no scripted answer left");
    }

    @Test
    void unknownAndMalformedNumbersAreRefusedAndNothingIsQueued() {
        assertThatThrownBy(() -> service.enqueue("VIGINT-2026-0404"))
                .isInstanceOf(VigintException.class)
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.INVOICE_NOT_FOUND);
        assertThatThrownBy(() -> service.enqueue("INV-1"))
                .isInstanceOf(VigintException.class)
                .extracting(e -> ((VigintException) e).code())
                .isEqualTo(CoreErrorCode.VALIDATION_FAILED);
        assertThat(service.status(Optional.empty())).isEmpty();
    }

    @Test
    void switchedOffItQueuesNothingFromTheBatchAndExportsNothing() {
        AccountingExportService off =
                new AccountingExportService(queue, number -> Optional.of(invoice()), Optional.empty(), RETRY, clock);
        off.enqueueIssued(List.of(NUMBER));
        assertThat(queue.list(10)).isEmpty();
        off.enqueue(NUMBER);
        assertThat(off.exportDue()).isEmpty();
        assertThat(ledger.keys).isEmpty();
        assertThat(off.enabled()).isFalse();
    }
}
