package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.key.ApiKey;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A client's API key (never the key itself), with its effective status at the time of the command. */
@JsonPropertyOrder({"id", "client_id", "name", "prefix", "status", "created_at", "last_used_at", "expires_at"})
public record KeyView(
        long id,
        long clientId,
        String name,
        String prefix,
        String status,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt) {
    /** {@code key} as it stands at {@code now} (an expired key shows as {@code expired}). */
    public static KeyView of(ApiKey key, Instant now) {
        return new KeyView(
                key.id().value(),
                key.clientId().value(),
                key.name(),
                key.prefix(),
                key.effectiveStatusAt(now).label(),
                key.createdAt(),
                key.lastUsedAt(),
                key.expiresAt());
    }

    public static List<KeyView> of(List<ApiKey> keys, Instant now) {
        return keys.stream().map(key -> of(key, now)).toList();
    }

    /** {@code "Key ID: 3 (name: ci)"}. */
    String idAndName() {
        return "Key ID: " + id + " (name: " + name + ")";
    }

    /** The keys as a table, or a line saying there are none. */
    static void table(PrintStream out, List<KeyView> keys, String indent) {
        if (keys.isEmpty()) {
            out.println(indent + "No API keys.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KEY ID", "NAME", "PREFIX", "STATUS", "CREATED", "LAST USED", "EXPIRES"});
        for (KeyView key : keys) {
            rows.add(new String[] {
                Long.toString(key.id),
                key.name,
                key.prefix,
                key.status,
                Text.time(key.createdAt, ""),
                Text.time(key.lastUsedAt, "never"),
                Text.time(key.expiresAt, "never")
            });
        }
        Text.table(out, rows, indent);
    }
}
