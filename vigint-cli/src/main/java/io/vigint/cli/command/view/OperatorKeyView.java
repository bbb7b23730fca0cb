package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.operator.OperatorKey;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/** An operator key (never the key itself); its text form is the line saying it was revoked. */
@JsonPropertyOrder({"id", "name", "prefix", "status", "created_at", "last_used_at"})
public record OperatorKeyView(long id, String name, String prefix, String status, Instant createdAt, Instant lastUsedAt)
        implements View {
    private static final Text.Columns COLUMNS = new Text.Columns(
            "%-7s %-20s %-13s %-8s %-21s %s%n",
            "No operator keys. Create one with: vigint admin-keys create --name NAME",
            "KEY ID",
            "NAME",
            "PREFIX",
            "STATUS",
            "CREATED",
            "LAST USED");

    public static OperatorKeyView of(OperatorKey key) {
        return new OperatorKeyView(
                key.id().value(),
                key.name(),
                key.prefix(),
                key.active() ? "active" : "revoked",
                key.createdAt(),
                key.lastUsedAt());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Revoked operator key " + id + " (" + name + ").");
    }

    /** Every operator key: a JSON array, or a table. */
    public record ListView(@JsonValue List<OperatorKeyView> keys) implements View {
        public static ListView of(List<OperatorKey> keys) {
            return new ListView(keys.stream().map(OperatorKeyView::of).toList());
        }

        @Override
        public void printText(PrintStream out) {
            COLUMNS.print(out, keys, k -> new Object[] {
                k.id, k.name, k.prefix, k.status, Text.time(k.createdAt, "never"), Text.time(k.lastUsedAt, "never")
            });
        }
    }
}
