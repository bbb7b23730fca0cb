package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.CommandFailedException;
import io.vigint.cli.command.view.ExportListView;
import io.vigint.cli.command.view.ExportView;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.Output;
import io.vigint.core.accounting.AccountingExportUseCase;
import io.vigint.core.accounting.ExportEntry;
import io.vigint.core.accounting.ExportState;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint invoices export} and {@code export-status}: the accounting export queue (Qonto). */
final class InvoiceExportCommands {
    private InvoiceExportCommands() {}

    /** {@code vigint invoices export-status}. */
    @Command(
            name = "export-status",
            mixinStandardHelpOptions = true,
            description = {
                "Shows the accounting export queue (billing.qonto.*): per invoice, pending, done (with the",
                "id in Qonto) or failed (with the reason), attempts and the next attempt. Most recently",
                "changed first; --number shows one invoice. Exit status 1 if one shown has failed."
            })
    public static final class ExportStatus extends ContextCommand {
        @Option(names = "--number", paramLabel = "NUMBER", description = "Only this invoice, e.g. VIGINT-2026-0001.")
        private String number;

        public ExportStatus(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<ExportEntry> entries =
                    context.get(AccountingExportUseCase.class).status(Optional.ofNullable(number));
            if (number != null && entries.isEmpty()) {
                throw new CommandFailedException("invoice " + number.strip() + " was never queued for export");
            }
            Output.of(context).print(ExportListView.of(entries));
            return entries.stream().anyMatch(e -> e.state() == ExportState.FAILED) ? 1 : 0;
        }
    }

    /** {@code vigint invoices export}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Queues an issued invoice for the accounting export, due at once (vigint serve sends it).",
                "A failed export starts again from its first attempt (after fixing its cause); one pending",
                "or done is left as it is, so Qonto gets each invoice once. Every invoice 'invoices run'",
                "issues is queued by itself when billing.qonto.enabled is true."
            })
    public static final class Export extends ContextCommand {
        @Option(
                names = "--number",
                required = true,
                paramLabel = "NUMBER",
                description = "The invoice, e.g. VIGINT-2026-0001.")
        private String number;

        public Export(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            AccountingExportUseCase exports = context.get(AccountingExportUseCase.class);
            ExportEntry entry = exports.enqueue(number);
            String headline =
                    switch (entry.state()) {
                        case PENDING -> "Queued " + entry.number() + " for export.";
                        case DONE -> entry.number() + " is already exported; nothing to do.";
                        case FAILED -> entry.number() + " has failed to export.";
                    };
            List<String> lines = exports.enabled()
                    ? List.of(headline)
                    : List.of(
                            headline, "Note: billing.qonto.enabled is false, so nothing is exported until it is true.");
            Output.of(context).print(new Headed(lines, ExportView.of(entry)));
            return 0;
        }
    }
}
