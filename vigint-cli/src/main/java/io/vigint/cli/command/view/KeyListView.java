package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.PrintStream;
import java.util.List;

/** One client's keys: a JSON array, or a table. */
public record KeyListView(@JsonValue List<KeyView> keys) implements View {
    @Override
    public void printText(PrintStream out) {
        KeyView.table(out, keys, "");
    }
}
