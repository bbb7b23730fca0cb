package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.PrintStream;
import java.util.List;

/** A view after a change: its text starts with lines saying what changed; its JSON is the body's alone. */
public record Headed(List<String> headline, @JsonValue View body) implements View {
    public Headed {
        headline = List.copyOf(headline);
    }

    @Override
    public void printText(PrintStream out) {
        headline.forEach(out::println);
        body.printText(out);
    }
}
