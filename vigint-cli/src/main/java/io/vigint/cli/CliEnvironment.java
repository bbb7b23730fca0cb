package io.vigint.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the CLI talks to: its output streams, its terminal, its environment variables and
 * its working directory. {@link #system()} is the real process; tests pass their own.
 *
 * @param out command results (text or JSON), nothing else
 * @param err error messages, warnings and logs
 * @param terminal where confirmations are asked
 * @param variables environment variables ({@code VIGINT_…})
 * @param workingDirectory what relative paths (data directory, config file) are relative to
 */
public record CliEnvironment(
        PrintStream out, PrintStream err, Terminal terminal, Map<String, String> variables, Path workingDirectory) {
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(terminal, "terminal");
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The real process: {@code System.out}, {@code System.err}, its console, environment and directory. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, Terminal.system(), System.getenv(), Path.of(""));
    }
}
