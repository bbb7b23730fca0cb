package io.vigint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Module;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Runs {@code vigint} in-process with captured output, a scripted terminal and a given environment. */
final class CliRun {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed and returned. */
    record Result(int status, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        /** Standard error without log lines that other libraries may print (there should be none). */
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }

        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** A terminal that answers prompts from a script and remembers them. */
    static final class ScriptedTerminal implements Terminal {
        private final List<String> answers;
        final List<String> prompts = new ArrayList<>();

        ScriptedTerminal(String... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public String readLine(String prompt) {
            prompts.add(prompt);
            return answers.isEmpty() ? null : answers.remove(0);
        }
    }

    private final Path workingDirectory;
    private final Map<String, String> variables;
    private final UnaryOperator<Module> wiring;

    CliRun(Path workingDirectory, Map<String, String> variables, UnaryOperator<Module> wiring) {
        this.workingDirectory = workingDirectory;
        this.variables = variables;
        this.wiring = wiring;
    }

    CliRun(Path workingDirectory) {
        this(workingDirectory, Map.of(), UnaryOperator.identity());
    }

    Result run(List<String> args) {
        return run(Terminal.none(), args);
    }

    Result run(Terminal terminal, List<String> args) {
        return run(terminal, InputStream.nullInputStream(), args);
    }

    /** Runs with {@code in} as standard input (for {@code --password-stdin}). */
    Result run(InputStream in, List<String> args) {
        return run(Terminal.none(), in, args);
    }

    Result run(Terminal terminal, InputStream in, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            CliEnvironment environment =
                    new CliEnvironment(outStream, errStream, terminal, variables, workingDirectory, in);
            int status = Main.run(args.toArray(String[]::new), environment, wiring);
            return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
