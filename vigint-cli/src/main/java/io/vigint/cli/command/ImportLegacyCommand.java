package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.LegacyImportView;
import io.vigint.core.legacy.ImportLegacyUseCase;
import io.vigint.core.legacy.LegacyImportCommand;
import io.vigint.core.legacy.LegacyImportReport;
import io.vigint.core.legacy.LegacySource;
import io.vigint.core.legacy.LegacySources;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint import-legacy}: moves an original Vigint deployment's clients, keys, usage and payment details here. */
@Command(
        name = "import-legacy",
        mixinStandardHelpOptions = true,
        description = {
            "Imports an original (Python) Vigint deployment from its database: clients, API keys, usage records and"
                    + " payment details. Keys the original issued keep working here as they are (Bearer or X-API-Key),"
                    + " inactive ones stay refused; new keys made here keep the vgt_ prefix.",
            "Client names (and emails, ignoring case) must be unique here: a duplicate gets \" (legacy <original id>)\""
                    + " after its name (\"+legacy<id>\" before the @ of its email) and is listed in the report. Payment"
                    + " details hang off keys in the original: the latest set of a client's keys is imported onto the"
                    + " client, its IBAN and card customer id sealed like any here.",
            "Running it again imports only what is new in the original (a re-import of the same data adds nothing):"
                    + " what was imported is remembered by the original email of each client, the hash of each key and"
                    + " the last usage row of each key. The original database is only read.",
            "Progress goes to standard error; the report to standard output (--output json for scripts). Try"
                    + " --dry-run first: it reads and checks everything and writes nothing."
        })
public final class ImportLegacyCommand extends ContextCommand {
    @Option(
            names = "--from",
            required = true,
            paramLabel = "FILE.db|URL",
            description = "The original's database: its SQLite file (vigint.db by default there), or its"
                    + " DATABASE_URL (sqlite:///vigint.db, postgresql://user:password@host:5432/db), or"
                    + " jdbc:postgresql://host:5432/db?user=…&password=…. A relative file is taken from the"
                    + " current directory.")
    private String from;

    @Option(
            names = "--dry-run",
            description = "Read the original and report what would be imported, renamed and skipped; write nothing.")
    private boolean dryRun;

    @Option(
            names = "--secret-key-stdin",
            description = "Read the original's SECRET_KEY (its X-Admin-Key) from the first line of standard input and"
                    + " register it, hashed, as an operator key, so scripts that send it as X-Admin-Key keep working"
                    + " on /admin/clients and /admin/v1. It must have at least 16 characters and not be one of the"
                    + " original's placeholders (dev-secret-key, …).")
    private boolean secretKeyStdin;

    public ImportLegacyCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LegacyImportCommand command = new LegacyImportCommand(dryRun, secretKey());
        PrintStream err = context.environment().err();
        try (LegacySource source = context.get(LegacySources.class).open(location())) {
            LegacyImportReport report = context.get(ImportLegacyUseCase.class).importLegacy(source, command, line -> {
                err.println("import-legacy: " + line);
                err.flush();
            });
            return print(LegacyImportView.of(report));
        }
    }

    private String secretKey() {
        if (!secretKeyStdin) {
            return null;
        }
        char[] secret = Prompts.firstLine(context.environment().in(), "the SECRET_KEY");
        try {
            return new String(secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** A plain file is taken from the run's working directory; URLs are passed on as they are. */
    private String location() {
        String lower = from.strip().toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("jdbc:") || from.isBlank()) {
            return from;
        }
        return context.environment()
                .workingDirectory()
                .resolve(Path.of(from.strip()))
                .toString();
    }
}
