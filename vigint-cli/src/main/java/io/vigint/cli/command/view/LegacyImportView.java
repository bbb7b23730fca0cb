package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.legacy.LegacyImportReport;
import io.vigint.core.legacy.LegacyImportReport.Change;
import io.vigint.core.legacy.LegacyImportReport.ClientLine;
import io.vigint.core.legacy.LegacyImportReport.Skip;
import io.vigint.core.legacy.LegacyImportReport.Tally;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code import-legacy} did or, with {@code --dry-run}, would do: per kind of row, how many the original
 * holds and how many are new, were imported before, or are skipped; the original's SECRET_KEY; each original
 * client and its id here; values changed to fit; rows skipped and why.
 */
@JsonPropertyOrder({
    "source",
    "dry_run",
    "clients",
    "api_keys",
    "usage_records",
    "payment_details",
    "operator_key",
    "client_mapping",
    "changes",
    "skipped"
})
public record LegacyImportView(
        String source,
        boolean dryRun,
        Tally clients,
        Tally apiKeys,
        Tally usageRecords,
        Tally paymentDetails,
        String operatorKey,
        List<Mapping> clientMapping,
        List<Change> changes,
        List<Skip> skipped)
        implements View {
    /** An original client and its id here ({@code null}: skipped, or not created in a dry run). */
    @JsonPropertyOrder({"legacy_id", "client_id", "name", "outcome", "active"})
    public record Mapping(long legacyId, Long clientId, String name, String outcome, boolean active) {
        static Mapping of(ClientLine line) {
            return new Mapping(
                    line.legacyId(),
                    line.clientId(),
                    line.name(),
                    line.outcome().name().toLowerCase(Locale.ROOT),
                    line.active());
        }
    }

    public static LegacyImportView of(LegacyImportReport report) {
        return new LegacyImportView(
                report.source(),
                report.dryRun(),
                report.clients(),
                report.apiKeys(),
                report.usage(),
                report.paymentDetails(),
                report.operatorKey().name().toLowerCase(Locale.ROOT),
                report.clientLines().stream().map(Mapping::of).toList(),
                report.changes(),
                report.skipped());
    }

    @Override
    public void printText(PrintStream out) {
        out.println(
                dryRun
                        ? "Dry run of the import from " + source + ": nothing was written."
                        : "Imported from " + source + ".");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "IN THE ORIGINAL", dryRun ? "WOULD BE NEW" : "NEW", "IMPORTED BEFORE", "SKIPPED"});
        rows.add(row("clients", clients));
        rows.add(row("API keys", apiKeys));
        rows.add(row("usage records", usageRecords));
        rows.add(row("payment details", paymentDetails));
        Text.table(out, rows, "  ");
        out.println("  SECRET_KEY: " + operatorKeyText());
        if (!clientMapping.isEmpty()) {
            out.println("Clients (original id -> id here):");
            List<String[]> lines = new ArrayList<>();
            lines.add(new String[] {"ORIGINAL", "HERE", "NAME", ""});
            for (Mapping m : clientMapping) {
                String here = m.clientId() != null
                        ? m.clientId().toString()
                        : m.outcome().equals("skipped") ? "-" : "new";
                String note = m.outcome().equals("skipped") ? "skipped" : m.active() ? "" : "revoked (no active key)";
                lines.add(new String[] {Long.toString(m.legacyId()), here, m.name(), note});
            }
            Text.table(out, lines, "  ");
        }
        if (!changes.isEmpty()) {
            out.println("Changed to fit here (names and emails are unique, ignoring case):");
            changes.forEach(c -> out.println("  " + c.kind() + " " + c.legacyId() + " " + c.field() + ": \"" + c.from()
                    + "\" -> \"" + c.to() + "\""));
        }
        if (!skipped.isEmpty()) {
            out.println("Skipped:");
            skipped.forEach(s -> out.println("  " + s.kind() + " " + s.legacyId() + ": " + s.reason()));
            long total = clients.skipped() + apiKeys.skipped() + usageRecords.skipped() + paymentDetails.skipped();
            if (total > skipped.size()) {
                out.println("  … and " + (total - skipped.size()) + " more (see the counts above)");
            }
        }
        if (!dryRun
                && clients.added() + apiKeys.added() + usageRecords.added() + paymentDetails.added() == 0
                && !operatorKey.equals("added")) {
            out.println("Nothing new: everything in the original was imported before.");
        }
    }

    private String operatorKeyText() {
        return switch (operatorKey) {
            case "added" ->
                dryRun
                        ? "would be registered as an operator key"
                        : "registered as an operator key (send it as X-Admin-Key)";
            case "existing" -> "registered before";
            default -> "not given (--secret-key-stdin registers it)";
        };
    }

    private static String[] row(String what, Tally t) {
        return new String[] {
            what,
            Long.toString(t.found()),
            Long.toString(t.added()),
            Long.toString(t.existing()),
            Long.toString(t.skipped())
        };
    }
}
