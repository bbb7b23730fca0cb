package io.vigint.core.accounting;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The accounting export: invoices are queued ({@link #enqueue}, {@link #enqueueIssued}) and {@link
 * #exportDue} sends the due ones to the {@link AccountingLedger}, one attempt each, under the idempotency
 * key of their number ({@link #idempotencyKey}), so that a retry, a restart or a second server never
 * creates an invoice twice. A refusal of the content fails the export at once with the ledger's reason; a
 * failure that may pass is retried after the {@link ExportRetry} back-off until its attempts run out.
 * Errors kept in the queue are the ledger adapter's messages, which never carry a credential.
 */
public final class AccountingExportService implements AccountingExportUseCase {
    private static final Pattern NUMBER = Pattern.compile("VIGINT-(CN-)?\\d{4}-\\d{4,9}");

    private final AccountingExportQueue queue;
    private final AccountingInvoiceSource invoices;
    private final Optional<AccountingLedger> ledger;
    private final ExportRetry retry;
    private final Clock clock;

    /**
     * @param ledger the ledger; empty when exports are switched off (invoices can then still be queued and
     *     listed, and {@link #exportDue} does nothing)
     */
    public AccountingExportService(
            AccountingExportQueue queue,
            AccountingInvoiceSource invoices,
            Optional<AccountingLedger> ledger,
            ExportRetry retry,
            Clock clock) {
        Checks.nonNull("queue invoices ledger retry clock", queue, invoices, ledger, retry, clock);
        this.queue = queue;
        this.invoices = invoices;
        this.ledger = ledger;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * The idempotency key of an invoice's export: a name-based UUID of its number, the same on every
     * attempt and every server.
     */
    public static String idempotencyKey(String number) {
        return UUID.nameUUIDFromBytes(("vigint-accounting-export:" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    @Override
    public ExportEntry enqueue(String number) {
        String checked = checkedNumber(number);
        if (invoices.find(checked).isEmpty()) {
            throw new VigintException(CoreErrorCode.INVOICE_NOT_FOUND, "no invoice numbered " + checked);
        }
        return queue.enqueue(checked, now());
    }

    /**
     * Queues invoices just issued (their numbers come from the batch, so they are not looked up again).
     * Does nothing when exports are switched off.
     */
    public void enqueueIssued(List<String> numbers) {
        if (ledger.isEmpty()) {
            return;
        }
        Instant now = now();
        for (String number : numbers) {
            queue.enqueue(checkedNumber(number), now);
        }
    }

    @Override
    public List<ExportEntry> status(Optional<String> number) {
        if (number.isPresent()) {
            return queue.find(checkedNumber(number.get())).stream().toList();
        }
        return queue.list(1000);
    }

    @Override
    public boolean enabled() {
        return ledger.isPresent();
    }

    /**
     * Claims the due exports (at most {@link ExportRetry#batch()}) and makes one attempt at each.
     *
     * @return what became of each claimed export, in claim order
     */
    public List<ExportEntry> exportDue() {
        if (ledger.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        List<ExportEntry> outcomes = new ArrayList<>();
        for (ClaimedExport claimed : queue.claim(now, now.plus(retry.lease()), retry.batch())) {
            attempt(claimed);
            queue.find(claimed.number()).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private void attempt(ClaimedExport claimed) {
        Optional<AccountingInvoice> invoice;
        try {
            invoice = invoices.find(claimed.number());
        } catch (RuntimeException e) {
            retryOrFail(claimed, "cannot read the invoice: " + describe(e), Optional.empty());
            return;
        }
        if (invoice.isEmpty()) {
            queue.failed(claimed.number(), claimed.attempt(), "no invoice numbered " + claimed.number(), now());
            return;
        }
        ExportResult result;
        try {
            result = ledger.orElseThrow().export(invoice.get(), idempotencyKey(claimed.number()));
        } catch (RuntimeException e) {
            result = new ExportResult.RetryLater(describe(e), Optional.empty());
        }
        if (result instanceof ExportResult.Exported exported) {
            queue.done(claimed.number(), claimed.attempt(), exported.externalId(), now());
        } else if (result instanceof ExportResult.Rejected rejected) {
            queue.failed(claimed.number(), claimed.attempt(), rejected.reason(), now());
        } else if (result instanceof ExportResult.RetryLater later) {
            retryOrFail(claimed, later.reason(), later.retryAfter());
        }
    }

    private void retryOrFail(ClaimedExport claimed, String reason, Optional<Duration> retryAfter) {
        Instant now = now();
        if (claimed.attempt() >= retry.maxAttempts()) {
            queue.failed(
                    claimed.number(),
                    claimed.attempt(),
                    "gave up after " + claimed.attempt() + " attempts: " + reason,
                    now);
            return;
        }
        queue.retryLater(
                claimed.number(),
                claimed.attempt(),
                now.plus(retry.backoff(claimed.attempt(), retryAfter)),
                reason,
                now);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private static String checkedNumber(String number) {
        String text = number == null ? "" : number.strip();
        if (!NUMBER.matcher(text).matches()) {
            throw VigintException.invalid(
                    "number", "an invoice number looks like VIGINT-2026-0001 or VIGINT-CN-2026-0001, got: " + number);
        }
        return text;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
