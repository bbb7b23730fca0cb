package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vigint.core.accounting.ExportEntry;
import java.io.PrintStream;
import java.util.List;

/** Accounting exports, most recently changed first: a JSON array, or one block each. */
public record ExportListView(@JsonValue List<ExportView> exports) implements View {
    public static ExportListView of(List<ExportEntry> entries) {
        return new ExportListView(entries.stream().map(ExportView::of).toList());
    }

    @Override
    public void printText(PrintStream out) {
        if (exports.isEmpty()) {
            out.println("No accounting exports.");
            return;
        }
        exports.forEach(export -> export.printText(out));
    }
}
