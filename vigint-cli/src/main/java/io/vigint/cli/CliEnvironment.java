package io.vigint.cli;

import java.io.InputStream;
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
 * @param in standard input (read by {@code --password-stdin})
 */
public record CliEnvironment(
        PrintStream out,
        PrintStream err,
        Terminal terminal,
        Map<String, String> variables,
        Path workingDirectory,
        InputStream in) {
    public CliEnvironment {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(in, "in");
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** An environment with empty standard input. */
    public CliEnvironment(
            PrintStream out, PrintStream err, Terminal terminal, Map<String, String> variables, Path workingDirectory) {
        this(out, err, terminal, variables, workingDirectory, InputStream.nullInputStream());
    }

    /** The real process: {@code System.out}, {@code System.err}, its console, environment and directory. */
    public static CliEnvironment system() {
        return new CliEnvironment(System.out, System.err, Terminal.system(), System.getenv(), Path.of(""), System.in);
    }
}
