package io.vigint.core.legacy;

import io.vigint.core.legacy.LegacyImportReport.Change;
import io.vigint.core.legacy.LegacyImportReport.ClientLine;
import io.vigint.core.legacy.LegacyImportReport.OperatorKeyOutcome;
import io.vigint.core.legacy.LegacyImportReport.Outcome;
import io.vigint.core.legacy.LegacyImportReport.Skip;
import io.vigint.core.legacy.LegacyImportReport.Tally;
import java.util.ArrayList;
import java.util.List;

/** Collects a {@link LegacyImportReport} while an import runs (one thread). */
final class ReportBuilder {
    /** Counts of one kind of row. */
    static final class Counter {
        private long added;
        private long existing;
        private long skipped;

        void count(Outcome outcome, long rows) {
            switch (outcome) {
                case ADDED -> added += rows;
                case EXISTING -> existing += rows;
                case SKIPPED -> skipped += rows;
            }
        }

        long added() {
            return added;
        }

        Tally tally() {
            return new Tally(added + existing + skipped, added, existing, skipped);
        }
    }

    final Counter clients = new Counter();
    final Counter apiKeys = new Counter();
    final Counter usage = new Counter();
    final Counter paymentDetails = new Counter();
    private OperatorKeyOutcome operatorKey = OperatorKeyOutcome.NOT_GIVEN;
    private final List<ClientLine> clientLines = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Skip> skipped = new ArrayList<>();

    void operatorKey(OperatorKeyOutcome outcome) {
        operatorKey = outcome;
    }

    void clientLine(ClientLine line) {
        clientLines.add(line);
    }

    void change(String kind, long legacyId, String field, String from, String to) {
        changes.add(new Change(kind, legacyId, field, from, to));
    }

    /** Lists a skipped row (the first {@link LegacyImportReport#MAX_LISTED}); the caller counts it. */
    void skip(String kind, long legacyId, String reason) {
        if (skipped.size() < LegacyImportReport.MAX_LISTED) {
            skipped.add(new Skip(kind, legacyId, reason));
        }
    }

    LegacyImportReport build(String source, boolean dryRun) {
        return new LegacyImportReport(
                source,
                dryRun,
                clients.tally(),
                apiKeys.tally(),
                usage.tally(),
                paymentDetails.tally(),
                operatorKey,
                clientLines,
                changes,
                skipped);
    }
}
