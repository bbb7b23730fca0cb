package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import java.io.PrintStream;
import java.time.Instant;

/**
 * One invoice's accounting export: {@code state} is {@code pending}, {@code done} or {@code failed};
 * {@code external_id} is the ledger's id once done; {@code last_error} why the last attempt failed.
 */
@JsonPropertyOrder({
    "number",
    "state",
    "attempts",
    "next_attempt_at",
    "external_id",
    "last_error",
    "created_at",
    "updated_at"
})
public record ExportView(
        String number,
        String state,
        int attempts,
        Instant nextAttemptAt,
        String externalId,
        String lastError,
        Instant createdAt,
        Instant updatedAt)
        implements View {
    public static ExportView of(ExportEntry entry) {
        return new ExportView(
                entry.number(),
                entry.state().code(),
                entry.attempts(),
                entry.state() == ExportState.PENDING ? entry.nextAttemptAt() : null,
                entry.externalId().orElse(null),
                entry.lastError().orElse(null),
                entry.createdAt(),
                entry.updatedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println(number + "  " + state + "  " + attempts + " attempt" + Text.plural(attempts));
        if (nextAttemptAt != null) {
            out.println("  next attempt: " + Text.time(nextAttemptAt, "-"));
        }
        if (externalId != null) {
            out.println("  in the ledger as: " + externalId);
        }
        if (lastError != null) {
            out.println("  last error: " + lastError);
        }
        out.println("  queued: " + Text.time(createdAt, "-") + ", changed: " + Text.time(updatedAt, "-"));
    }
}
