package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.cli.CliRun.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Parsing, help and usage errors: everything that happens before a database is needed. */
class CommandLineTest {
    @TempDir
    Path cwd;

    static Stream<List<String>> everyCommand() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(new CliContext(environment(), (settings, extra) -> null)), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            collect(sub, subPath, paths);
        });
    }

    private static CliEnvironment environment() {
        return new CliEnvironment(System.out, System.err, Terminal.none(), java.util.Map.of(), Path.of(""));
    }

    @Test
    void thereAreTheSeedsCommandsTheServerAndItsCredentials() {
        assertThat(everyCommand().map(path -> String.join(" ", path)))
                .containsExactlyInAnyOrder(
                        "",
                        "clients",
                        "clients create",
                        "clients list",
                        "clients revoke",
                        "clients reactivate",
                        "clients delete",
                        "clients set-login",
                        "clients set-rate-limit",
                        "clients set-ingest-limit",
                        "admin-keys",
                        "admin-keys create",
                        "admin-keys list",
                        "admin-keys revoke",
                        "serve",
                        "usage",
                        "usage report",
                        "keys",
                        "keys create",
                        "keys list",
                        "keys rotate",
                        "billing",
                        "billing set-payment",
                        "billing show-payment",
                        "billing set-profile",
                        "billing show-profile",
                        "invoices",
                        "invoices run",
                        "invoices list",
                        "invoices show",
                        "invoices send",
                        "invoices verify",
                        "invoices pay",
                        "invoices mark-paid",
                        "invoices credit",
                        "invoices credit-notes",
                        "invoices credit-notes list",
                        "invoices credit-notes show",
                        "invoices credit-notes send",
                        "invoices follow-up",
                        "invoices void",
                        "invoices export",
                        "invoices export-status",
                        "import-legacy");
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandHasHelp(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");

        Result result = new CliRun(cwd).run(args);

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out())
                .startsWith("Usage: " + String.join(" ", prepend("vigint", command)))
                .contains("--output=FORMAT", "--data-dir=DIR", "--database-url=URL", "--config=FILE")
                .contains("Exit status:");
        assertThat(result.err()).isEmpty();
        assertThat(cwd.resolve("vigint-data")).as("help opens no database").doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("everyCommand")
    void everyCommandHasVersion(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--version");

        Result result = new CliRun(cwd).run(args);

        assertThat(result.status()).isZero();
        assertThat(result.out()).matches("vigint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void noSubcommandIsAUsageError() {
        Result result = new CliRun(cwd).run(List.of("clients"));

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err())
                .isEqualTo("error: Missing required subcommand (see 'vigint clients --help')" + CliIT.NL);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Result result = new CliRun(cwd).run(List.of("clients", "list", "--colour"));

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err())
                .isEqualTo("error: Unknown option: '--colour' (see 'vigint clients list --help')" + CliIT.NL);
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Result result = new CliRun(cwd).run(List.of("clients", "create", "--name", "Acme"));

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err())
                .isEqualTo("error: Missing required option: '--email=EMAIL' (see 'vigint clients create --help')"
                        + CliIT.NL);
        assertThat(cwd.resolve("vigint-data")).doesNotExist();
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        Result result = new CliRun(cwd).run(List.of("clients", "list", "--output", "xml"));

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).startsWith("error: Invalid value for option '--output': expected one of ");
    }

    @Test
    void optionsMayComeBeforeTheSubcommand() {
        Result result = new CliRun(cwd).run(List.of("--database-url", "mysql://x", "clients", "list"));

        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.err()).startsWith("error: invalid database URL from --database-url: ");
    }

    @Test
    void invalidInputIsRefusedBeforeTheDatabaseIsOpened() {
        Result result = new CliRun(cwd).run(List.of("clients", "create", "--name", "Acme", "--email", "nope"));

        assertThat(result.status()).isEqualTo(Main.FAILED);
        assertThat(result.err()).isEqualTo("error: email is not a valid email address: nope" + CliIT.NL);
        assertThat(cwd.resolve("vigint-data")).doesNotExist();
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
