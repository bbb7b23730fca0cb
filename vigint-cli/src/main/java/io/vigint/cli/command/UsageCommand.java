package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.UsageReportView;
import io.vigint.core.client.Client;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.core.usage.GroupBy;
import io.vigint.core.usage.UsageCursor;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageGroup;
import io.vigint.core.usage.UsagePage;
import io.vigint.core.usage.UsagePeriod;
import io.vigint.core.usage.UsageQuery;
import io.vigint.core.usage.UsageReportUseCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        description = "Reports a client's metered API calls and frame ingest.",
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
                        + "or above) cost nothing.",
                "Frame ingest (/api/video/buffer, /buffer/batch, /multi-source/buffer) is not a call: the frames "
                        + "buffered and their bytes are counted per source and minute, shown per source after the "
                        + "calls, and cost nothing."
            })
    public static final class Report extends ClientCommand {
        private static final int PAGE = 1_000;

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
            super(context);
        }

        @Override
        public Integer call() {
            String grouping = groupBy.strip().toLowerCase(Locale.ROOT);
            if (!List.of("none", "day", "endpoint").contains(grouping)) {
                throw new ParameterException(
                        spec.commandLine(), "--group-by must be endpoint, day or none, got: " + groupBy);
            }
            GroupBy group = grouping.equals("none") ? null : GroupBy.parse(grouping);
            UsagePeriod month = UsagePeriod.monthOf(now());
            UsagePeriod period = new UsagePeriod(from == null ? month.from() : from, to == null ? month.to() : to);
            Client client =
                    context.get(ListClientsUseCase.class).getClient(clientId).client();
            UsageReportUseCase usage = context.get(UsageReportUseCase.class);
            List<UsageReportView.Item> items = new ArrayList<>();
            UsageCursor cursor = null;
            do {
                UsageQuery query = new UsageQuery(client.id(), period, cursor, PAGE);
                if (group == null) {
                    UsagePage<UsageEntry> page = usage.records(query);
                    page.items().forEach(entry -> items.add(UsageReportView.Call.of(entry.record())));
                    cursor = page.next();
                } else {
                    UsagePage<UsageGroup> page = usage.groups(query, group);
                    page.items().forEach(g -> items.add(UsageReportView.Group.of(group.label(), g)));
                    cursor = page.next();
                }
            } while (cursor != null);
            return print(UsageReportView.of(
                    client.id().value(),
                    client.name(),
                    period.from(),
                    period.to(),
                    group == null ? "none" : group.label(),
                    items,
                    usage.ingestBySource(client.id(), period).stream()
                            .map(UsageReportView.Ingest::of)
                            .toList()));
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
