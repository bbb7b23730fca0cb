package io.vigint.core.legacy;

import io.vigint.core.legacy.LegacyImportReport.Outcome;
import io.vigint.core.legacy.LegacyPlan.PlannedKey;
import io.vigint.core.money.Money;
import io.vigint.core.usage.UsageRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The original's {@code api_usage} rows as usage records of the imported keys, key by key in id order,
 * {@value #PAGE} rows per transaction together with the key's ledger entry (the id of the last row
 * imported), so a re-import reads on from there and imports each row once. A record keeps the row's
 * endpoint, method, status code and time; its cost is the original's (always in euros there) rounded half
 * up to the {@value UsageRecord#COST_SCALE} decimals stored here; its request id is {@code legacy-usage-<row
 * id>}, which ties it to the row. Rows that cannot be a record (no time, a status code that is not an HTTP
 * status, a negative cost, no endpoint or method) are skipped with the reason. The key's "last used" is
 * set to the time of its latest row. A dry run reads and checks the same rows and writes nothing.
 */
final class LegacyUsageImport {
    /** Rows read and written per batch. */
    static final int PAGE = 1_000;
    /** A progress line every so many rows. */
    static final long PROGRESS_EVERY = 10_000;
    /** What request ids of imported usage start with. */
    static final String REQUEST_ID_PREFIX = "legacy-usage-";

    private static final String KIND = "usage";

    private final LegacyImportPorts ports;
    private final LegacySource source;
    private final ReportBuilder report;
    private final ImportProgress progress;
    private long total;
    private long done;
    private long reported;

    LegacyUsageImport(LegacyImportPorts ports, LegacySource source, ReportBuilder report, ImportProgress progress) {
        this.ports = ports;
        this.source = source;
        this.report = report;
        this.progress = progress;
    }

    void run(LegacyPlan plan, boolean dryRun) {
        Map<PlannedKey, Long> rowsOf = new LinkedHashMap<>();
        for (PlannedKey key : plan.keys.values()) {
            long rows = source.countUsage(key.legacy.id(), 0);
            if (key.outcome == Outcome.SKIPPED) {
                if (rows > 0) {
                    report.usage.count(Outcome.SKIPPED, rows);
                    report.skip(
                            KIND,
                            key.legacy.id(),
                            rows + " usage rows of API key " + key.legacy.id() + ", which was skipped");
                }
                continue;
            }
            rowsOf.put(key, rows);
            total += rows;
        }
        progress.report("usage: " + LegacyImportService.count(total, "row") + " of imported keys in the original");
        rowsOf.forEach((key, rows) -> importKey(key, rows, dryRun));
        if (!dryRun) {
            ports.usage().makeDurable();
        }
        progress.report("usage: " + LegacyImportService.count(report.usage.added(), "new record"));
    }

    private void importKey(PlannedKey key, long rows, boolean dryRun) {
        String ref = key.hash.hex();
        long after = ports.ledger()
                .findImport(LegacyImport.Kind.USAGE, ref)
                .map(LegacyImport::legacyId)
                .orElse(0L);
        long before = after == 0 ? 0 : rows - source.countUsage(key.legacy.id(), after);
        report.usage.count(Outcome.EXISTING, before);
        advance(before);
        List<LegacyUsage> page = source.usage(key.legacy.id(), after, PAGE);
        while (!page.isEmpty()) {
            List<LegacyUsage> valid = new ArrayList<>(page.size());
            for (LegacyUsage row : page) {
                String problem = problem(row);
                if (problem == null) {
                    valid.add(row);
                } else {
                    report.usage.count(Outcome.SKIPPED, 1);
                    report.skip(KIND, row.id(), problem);
                }
            }
            long last = page.get(page.size() - 1).id();
            if (!dryRun) {
                write(key, ref, valid.stream().map(row -> record(key, row)).toList(), last);
            }
            report.usage.count(Outcome.ADDED, valid.size());
            advance(page.size());
            after = last;
            page = page.size() < PAGE ? List.of() : source.usage(key.legacy.id(), after, PAGE);
        }
        if (!dryRun) {
            source.lastUsage(key.legacy.id()).ifPresent(time -> ports.apiKeys()
                    .recordUse(key.stored.id(), time.truncatedTo(ChronoUnit.SECONDS)));
        }
    }

    private void write(PlannedKey key, String ref, List<UsageRecord> records, long lastRowId) {
        ports.transactions().inTransaction(() -> {
            ports.usage().append(records);
            ports.ledger()
                    .recordImport(new LegacyImport(
                            LegacyImport.Kind.USAGE,
                            ref,
                            key.stored.clientId(),
                            lastRowId,
                            ports.clock().instant().truncatedTo(ChronoUnit.MICROS)));
            return null;
        });
    }

    private UsageRecord record(PlannedKey key, LegacyUsage row) {
        BigDecimal cost = row.cost() == null
                ? BigDecimal.ZERO
                : row.cost().setScale(UsageRecord.COST_SCALE, RoundingMode.HALF_UP);
        return new UsageRecord(
                key.stored.id(),
                key.stored.clientId(),
                cut(row.endpoint().strip(), UsageRecord.MAX_ENDPOINT),
                row.method().strip().toUpperCase(Locale.ROOT),
                row.statusCode(),
                new Money(cost, Money.EUR),
                row.timestamp(),
                REQUEST_ID_PREFIX + row.id());
    }

    /** Why {@code row} cannot be a usage record, or {@code null}. */
    private static String problem(LegacyUsage row) {
        if (row.timestamp() == null) {
            return "no timestamp";
        }
        if (row.statusCode() < 100 || row.statusCode() > 599) {
            return "status code " + row.statusCode() + " is not an HTTP status";
        }
        if (row.cost() != null && row.cost().signum() < 0) {
            return "negative cost";
        }
        if (row.endpoint() == null || row.endpoint().isBlank()) {
            return "no endpoint";
        }
        String method = row.method() == null ? "" : row.method().strip();
        if (method.isEmpty() || method.length() > UsageRecord.MAX_METHOD) {
            return "method is not 1 to " + UsageRecord.MAX_METHOD + " characters";
        }
        return null;
    }

    private void advance(long rows) {
        done += rows;
        if (done - reported >= PROGRESS_EVERY) {
            reported = done - done % PROGRESS_EVERY;
            progress.report("usage: " + done + " of " + total + " rows");
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
