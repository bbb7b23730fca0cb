package io.vigint.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.cli.CliContext;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.core.money.Money;
import io.vigint.core.usage.GroupBy;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageQuery;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageReportUseCase;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code vigint usage …}: a client's metered calls, read from the database directly. */
@Command(
        name = "usage",
        mixinStandardHelpOptions = true,
        description = "Reports a client's metered API calls.",
        subcommands = {UsageCommand.Report.class})
public final class UsageCommand {
    /** {@code vigint usage report}: a client's usage in a period, summed per endpoint or day, or listed. */
    @Command(
            name = "report",
            mixinStandardHelpOptions = true,
            description = {
                "Reports a client's usage in the period [--from, --to): calls and cost per endpoint (the default), "
                        + "per day (UTC), or every call (--group-by none), with totals per currency.",
                "Every call an authenticated client makes under /api/ is recorded; calls that failed (status 400 "
                        + "or above) cost nothing."
            })
    public static final class Report implements Callable<Integer> {
        private static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
        private static final int PAGE = 1_000;

        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(
                names = "--from",
                paramLabel = "DAY",
                converter = InstantConverter.class,
                description = "Start, included: a day (2026-11-01, from 00:00 UTC) or an instant "
                        + "(2026-11-01T12:00:00Z). Default: the start of the current month (UTC).")
        private Instant from;

        @Option(
                names = "--to",
                paramLabel = "DAY",
                converter = InstantConverter.class,
                description = "End, excluded, in the same form. Default: the start of next month (UTC).")
        private Instant to;

        @Option(
                names = "--group-by",
                paramLabel = "GROUPING",
                defaultValue = "endpoint",
                description = "endpoint (default), day, or none to list every call.")
        private String groupBy;

        @Spec
        private CommandSpec spec;

        public Report(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            String grouping = groupBy.strip().toLowerCase(Locale.ROOT);
            if (!List.of("none", "day", "endpoint").contains(grouping)) {
                throw new ParameterException(
                        spec.commandLine(), "--group-by must be endpoint, day or none, got: " + groupBy);
            }
            GroupBy group = grouping.equals("none") ? null : GroupBy.parse(grouping);
            UsagePeriod month = UsagePeriod.monthOf(context.get(Clock.class).instant());
            UsagePeriod period = new UsagePeriod(from == null ? month.from() : from, to == null ? month.to() : to);
            Client client =
                    context.get(ListClientsUseCase.class).getClient(clientId).client();
            UsageReportUseCase usage = context.get(UsageReportUseCase.class);
            boolean json = context.options().output() == OutputFormat.JSON;
            PrintStream out = context.environment().out();
            ObjectNode root = NODES.objectNode();
            root.put("client_id", client.id().value());
            root.put("client_name", client.name());
            root.put("from", period.from().toString());
            root.put("to", period.to().toString());
            root.put("group_by", group == null ? "none" : group.label());
            ArrayNode items = root.putArray("usage");
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, BigDecimal> costs = new TreeMap<>();
            List<String[]> rows = new ArrayList<>();
            rows.add(
                    group == null
                            ? new String[] {"TIME", "ENDPOINT", "METHOD", "STATUS", "COST", "KEY", "REQUEST ID"}
                            : new String[] {group == GroupBy.DAY ? "DAY" : "ENDPOINT", "CALLS", "COST"});
            UsageCursor cursor = null;
            do {
                UsageQuery query = new UsageQuery(client.id(), period, cursor, PAGE);
                if (group == null) {
                    UsagePage<UsageEntry> page = usage.records(query);
                    for (UsageEntry entry : page.items()) {
                        UsageRecord r = entry.record();
                        add(counts, costs, r.cost(), 1);
                        ObjectNode node = items.addObject();
                        node.put("timestamp", r.occurredAt().toString());
                        node.put("endpoint", r.endpoint());
                        node.put("method", r.method());
                        node.put("status_code", r.statusCode());
                        node.put("cost", plainDecimal(r.cost().amount()));
                        node.put("currency", r.cost().currency().getCurrencyCode());
                        if (r.apiKeyId() == null) {
                            node.putNull("api_key_id");
                        } else {
                            node.put("api_key_id", r.apiKeyId().value());
                        }
                        node.put("request_id", r.requestId());
                        rows.add(new String[] {
                            r.occurredAt().toString(),
                            r.endpoint(),
                            r.method(),
                            Integer.toString(r.statusCode()),
                            money(r.cost()),
                            r.apiKeyId() == null ? "token" : r.apiKeyId().toString(),
                            r.requestId()
                        });
                    }
                    cursor = page.next();
                } else {
                    UsagePage<UsageGroup> page = usage.groups(query, group);
                    for (UsageGroup g : page.items()) {
                        add(counts, costs, g.cost(), g.count());
                        ObjectNode node = items.addObject();
                        node.put(group.label(), g.group());
                        node.put("count", g.count());
                        node.put("cost", plainDecimal(g.cost().amount()));
                        node.put("currency", g.cost().currency().getCurrencyCode());
                        rows.add(new String[] {g.group(), Long.toString(g.count()), money(g.cost())});
                    }
                    cursor = page.next();
                }
            } while (cursor != null);
            ArrayNode totals = root.putArray("totals");
            counts.forEach((currency, count) -> {
                ObjectNode node = totals.addObject();
                node.put("currency", currency);
                node.put("count", count[0]);
                node.put("cost", plainDecimal(costs.get(currency)));
            });
            if (json) {
                try {
                    out.println(JSON.writeValueAsString(root));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
                return 0;
            }
            out.println("Usage of client " + client.id() + " (" + client.name() + ") from " + period.from() + " to "
                    + period.to() + (group == null ? "" : ", per " + group.label()) + ":");
            if (rows.size() == 1) {
                out.println("No metered calls in this period.");
                return 0;
            }
            table(out, rows);
            counts.forEach((currency, count) -> out.println("Total: " + count[0]
                    + (count[0] == 1 ? " call, " : " calls, ") + plain(costs.get(currency)) + " " + currency));
            return 0;
        }

        private static void add(Map<String, long[]> counts, Map<String, BigDecimal> costs, Money cost, long count) {
            String currency = cost.currency().getCurrencyCode();
            counts.computeIfAbsent(currency, c -> new long[1])[0] += count;
            costs.merge(currency, cost.amount(), BigDecimal::add);
        }

        private static void table(PrintStream out, List<String[]> rows) {
            int[] widths = new int[rows.get(0).length];
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            for (String[] row : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < row.length; i++) {
                    line.append(row[i]);
                    if (i < row.length - 1) {
                        line.append(" ".repeat(widths[i] - row[i].length() + 2));
                    }
                }
                out.println(line.toString().stripTrailing());
            }
        }

        private static String money(Money money) {
            return plain(money.amount()) + " " + money.currency().getCurrencyCode();
        }

        private static String plain(BigDecimal amount) {
            return plainDecimal(amount).toPlainString();
        }

        /** Without trailing zeros ({@code 0.05}, {@code 0}, {@code 100}); printed plain, never {@code 1E-6}. */
        private static BigDecimal plainDecimal(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /** A day ({@code 2026-11-01}, its start in UTC) or an ISO-8601 instant. */
    public static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return UsagePeriod.parseBound("value", value);
            } catch (VigintException e) {
                throw new TypeConversionException(
                        "'" + value
                                + "' is not a day (2026-11-01) or an instant (2026-11-01T00:00:00Z) between the years 1 and 9999");
            }
        }
    }
}
