package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.usage.IngestTotal;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsageRecord;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's usage in {@code [from, to)}: every call ({@code group_by} {@code none}) or calls and cost per
 * endpoint or day, with totals per currency; and its frame ingest per source ({@code ingest}: frames and bytes,
 * counted per minute rather than per call, and free). Costs are decimals without trailing zeros ({@code 0.05},
 * {@code 0}, {@code 100}), never in exponent form.
 */
@JsonPropertyOrder({"client_id", "client_name", "from", "to", "group_by", "usage", "totals", "ingest"})
public record UsageReportView(
        long clientId,
        String clientName,
        Instant from,
        Instant to,
        String groupBy,
        List<? extends Item> usage,
        List<Total> totals,
        List<Ingest> ingest)
        implements View {
    /** One item of the report. */
    public sealed interface Item permits Call, Group {
        /** How many calls it stands for. */
        long calls();

        BigDecimal cost();

        String currency();

        /** Its row in the text table. */
        String[] cells();
    }

    /** One metered call; {@code api_key_id} is {@code null} for a call made with an access token. */
    @JsonPropertyOrder({"timestamp", "endpoint", "method", "status_code", "cost", "currency", "api_key_id", "request_id"
    })
    public record Call(
            Instant timestamp,
            String endpoint,
            String method,
            int statusCode,
            BigDecimal cost,
            String currency,
            Long apiKeyId,
            String requestId)
            implements Item {
        public static Call of(UsageRecord r) {
            return new Call(
                    r.occurredAt(),
                    r.endpoint(),
                    r.method(),
                    r.statusCode(),
                    plain(r.cost().amount()),
                    r.cost().currency().getCurrencyCode(),
                    r.apiKeyId() == null ? null : r.apiKeyId().value(),
                    r.requestId());
        }

        @Override
        public long calls() {
            return 1;
        }

        @Override
        public String[] cells() {
            return new String[] {
                timestamp.toString(),
                endpoint,
                method,
                Integer.toString(statusCode),
                money(cost, currency),
                apiKeyId == null ? "token" : apiKeyId.toString(),
                requestId
            };
        }
    }

    /**
     * Calls summed per endpoint or day ({@code by}); in JSON the group is the value of a property named
     * {@code by}, which is why this one view writes its properties as a map.
     */
    public record Group(String by, String group, long count, BigDecimal cost, String currency) implements Item {
        public static Group of(String by, UsageGroup g) {
            return new Group(
                    by,
                    g.group(),
                    g.count(),
                    plain(g.cost().amount()),
                    g.cost().currency().getCurrencyCode());
        }

        @JsonValue
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put(by, group);
            json.put("count", count);
            json.put("cost", cost);
            json.put("currency", currency);
            return json;
        }

        @Override
        public long calls() {
            return count;
        }

        @Override
        public String[] cells() {
            return new String[] {group, Long.toString(count), money(cost, currency)};
        }
    }

    /** Calls and cost in one currency. */
    @JsonPropertyOrder({"currency", "count", "cost"})
    public record Total(String currency, long count, BigDecimal cost) {}

    /** The frames one source buffered in the period, and their bytes. */
    @JsonPropertyOrder({"source_id", "frames", "bytes"})
    public record Ingest(String sourceId, long frames, long bytes) {
        public static Ingest of(IngestTotal total) {
            return new Ingest(total.sourceId(), total.frames(), total.bytes());
        }
    }

    /** The report over {@code items}, with its totals per currency (in currency order), and the ingest. */
    public static UsageReportView of(
            long clientId,
            String clientName,
            Instant from,
            Instant to,
            String groupBy,
            List<? extends Item> items,
            List<Ingest> ingest) {
        Map<String, Total> totals = new TreeMap<>();
        for (Item item : items) {
            totals.merge(
                    item.currency(),
                    new Total(item.currency(), item.calls(), item.cost()),
                    (a, b) -> new Total(
                            a.currency(), a.count() + b.count(), a.cost().add(b.cost())));
        }
        List<Total> plainTotals = totals.values().stream()
                .map(t -> new Total(t.currency(), t.count(), plain(t.cost())))
                .toList();
        return new UsageReportView(
                clientId, clientName, from, to, groupBy, List.copyOf(items), plainTotals, List.copyOf(ingest));
    }

    @Override
    public void printText(PrintStream out) {
        boolean calls = groupBy.equals("none");
        out.println("Usage of client " + clientId + " (" + clientName + ") from " + from + " to " + to
                + (calls ? "" : ", per " + groupBy) + ":");
        if (usage.isEmpty()) {
            out.println("No metered calls in this period.");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(
                    calls
                            ? new String[] {"TIME", "ENDPOINT", "METHOD", "STATUS", "COST", "KEY", "REQUEST ID"}
                            : new String[] {groupBy.toUpperCase(Locale.ROOT), "CALLS", "COST"});
            usage.forEach(item -> rows.add(item.cells()));
            Text.table(out, rows, "");
            totals.forEach(t -> out.println(
                    "Total: " + t.count() + (t.count() == 1 ? " call, " : " calls, ") + money(t.cost(), t.currency())));
        }
        if (!ingest.isEmpty()) {
            out.println("Frame ingest (counted per source and minute, not per call; free):");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"SOURCE", "FRAMES", "BYTES"});
            ingest.forEach(
                    i -> rows.add(new String[] {i.sourceId(), Long.toString(i.frames()), Long.toString(i.bytes())}));
            Text.table(out, rows, "");
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.toPlainString() + " " + currency;
    }

    /** Without trailing zeros ({@code 0.05}, {@code 0}, {@code 100}). */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
