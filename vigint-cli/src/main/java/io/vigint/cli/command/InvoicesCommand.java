package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.CommandFailedException;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.InvoiceRunView;
import io.vigint.cli.command.view.InvoiceView;
import io.vigint.cli.command.view.Output;
import io.vigint.cli.command.view.VerificationView;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceVerification;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigint invoices …}: the invoice batch and the invoices it made. */
@Command(
        name = "invoices",
        mixinStandardHelpOptions = true,
        description = "Runs the invoice batch; lists, shows, verifies, marks paid and voids invoices.",
        subcommands = {
            InvoicesCommand.Run.class,
            InvoicesCommand.ListInvoices.class,
            InvoicesCommand.Show.class,
            InvoicesCommand.Send.class,
            InvoicesCommand.Verify.class,
            InvoicesCommand.MarkPaid.class,
            InvoicesCommand.VoidInvoice.class,
            InvoiceExportCommands.Export.class,
            InvoiceExportCommands.ExportStatus.class
        })
public final class InvoicesCommand {
    /** {@code vigint invoices run}. */
    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = {
                "Invoices every client billed at the period's frequency that used something in it and has no",
                "invoice for it yet (void invoices do not count): one line per endpoint, VAT, numbers",
                "VIGINT-YYYY-NNNN without gaps. Running a period again creates nothing new; a run that",
                "stopped half-way is completed. Safe to run from cron while a server runs it too.",
                "Only charged calls (cost > 0) are invoiced; failed calls and free endpoints are not.",
                "Each new invoice is emailed to its client with the PDF attached (the outbox by default); a",
                "failed email is reported and leaves the invoice issued: send it with 'invoices send'.",
                "Without --period: the last completed week, month and quarter. A period still running",
                "(e.g. the current month) is accepted with a note: later usage is not on the invoice and",
                "'invoices verify' then reports it as a difference."
            })
    public static final class Run extends ContextCommand {
        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "2026-W47 (ISO week, weekly clients), 2026-11 (monthly) or 2026-Q4 (quarterly).")
        private String period;

        @Option(names = "--dry-run", description = "Show what would be invoiced; write nothing.")
        private boolean dryRun;

        public Run(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Optional<BillingPeriod> parsed = Optional.ofNullable(period).map(BillingPeriod::parse);
            RunInvoicesCommand command = new RunInvoicesCommand(parsed, dryRun);
            Instant now = now();
            parsed.filter(p -> p.end().isAfter(now)).ifPresent(p -> context.environment()
                    .err()
                    .println("note: period " + p.code() + " is still running (it ends " + p.end()
                            + "): usage after now is not on its invoices, and 'invoices verify'"
                            + " will report it as a difference"));
            List<InvoiceRunReport> reports = context.get(InvoicingUseCase.class).runInvoices(command);
            Output.of(context).print(InvoiceRunView.of(reports));
            for (InvoiceRunReport report : reports) {
                report.notSent().forEach((number, reason) -> context.environment()
                        .err()
                        .println("warning: invoice " + number + " was issued but not emailed: " + reason
                                + " (send it with 'vigint invoices send " + number + "')"));
            }
            return 0;
        }
    }

    /** {@code vigint invoices list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists invoices, newest first.")
    public static final class ListInvoices extends ContextCommand {
        @Option(names = "--client-id", paramLabel = "ID", description = "Only this client's.")
        private ClientId clientId;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only issued, paid or void ones.")
        private String status;

        public ListInvoices(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Optional<InvoiceStatus> wanted = Optional.ofNullable(status).map(InvoiceStatus::parse);
            return print(InvoiceView.ListView.of(
                    context.get(InvoicingUseCase.class).listInvoices(Optional.ofNullable(clientId), wanted)));
        }
    }

    /** {@code vigint invoices show}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = {
                "Shows one invoice with its lines; with --format, writes its document (PDF, HTML, CSV or",
                "UBL) to --out (or, for html, csv and ubl, to standard output)."
            })
    public static final class Show extends OneInvoice {
        @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, html, csv or ubl: the document.")
        private String format;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the document.")
        private Path out;

        public Show(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            if (out != null && format == null) {
                throw new picocli.CommandLine.ParameterException(
                        new picocli.CommandLine(this), "--out needs --format pdf|html|csv|ubl");
            }
            Invoice invoice = context.get(InvoicingUseCase.class).invoice(number());
            if (format == null) {
                return print(InvoiceView.of(invoice));
            }
            InvoiceFormat wanted = InvoiceFormat.parse(format);
            if (out == null && wanted == InvoiceFormat.PDF) {
                throw new CommandFailedException("a PDF is written to a file: add --out FILE");
            }
            byte[] document = context.get(InvoiceDocuments.class).render(invoice, wanted);
            if (out == null) {
                context.environment().out().write(document, 0, document.length);
                context.environment().out().flush();
                return 0;
            }
            try {
                Files.write(out, document);
            } catch (IOException e) {
                throw new CommandFailedException("cannot write " + out + ": " + e.getMessage());
            }
            context.environment()
                    .out()
                    .println("Wrote " + invoice.number().orElseThrow() + " as " + wanted.extension() + " to " + out
                            + " (" + document.length + " bytes).");
            return 0;
        }
    }

    /** {@code vigint invoices send}. */
    @Command(
            name = "send",
            mixinStandardHelpOptions = true,
            description = {
                "Emails an issued or paid invoice to its client again, with the PDF attached (for example",
                "after 'invoices run' reported that its email failed). Exit status 1 if sending fails."
            })
    public static final class Send extends OneInvoice {
        public Send(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Invoice invoice = context.get(InvoicingUseCase.class).invoice(number());
            context.get(InvoiceDocuments.class).send(invoice);
            context.environment()
                    .out()
                    .println("Sent " + invoice.number().orElseThrow() + " to client "
                            + invoice.clientId().value() + ".");
            return 0;
        }
    }

    /** {@code vigint invoices verify}. */
    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recomputes an invoice from the usage records it sums (its client, period and currency) and",
                "compares every line, the subtotal, VAT and total. Exit status 1 if anything differs."
            })
    public static final class Verify extends OneInvoice {
        public Verify(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            InvoiceVerification result = context.get(InvoicingUseCase.class).verify(number());
            Output.of(context).print(VerificationView.of(result));
            return result.matches() ? 0 : 1;
        }
    }

    /** {@code vigint invoices mark-paid}. */
    @Command(name = "mark-paid", mixinStandardHelpOptions = true, description = "Marks an issued invoice paid.")
    public static final class MarkPaid extends StateChange {
        public MarkPaid(CliContext context) {
            super(context, InvoicingUseCase::markPaid, "Marked %s paid.");
        }
    }

    /** {@code vigint invoices void}. */
    @Command(
            name = "void",
            mixinStandardHelpOptions = true,
            description = "Voids an issued or paid invoice; its client's period can then be invoiced again.")
    public static final class VoidInvoice extends StateChange {
        public VoidInvoice(CliContext context) {
            super(context, InvoicingUseCase::voidInvoice, "Voided %s.");
        }
    }

    /** A command about one invoice, named by its number. */
    abstract static class OneInvoice extends ContextCommand {
        @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-2026-0001.")
        private String number;

        OneInvoice(CliContext context) {
            super(context);
        }

        /** The invoice's number, parsed. */
        InvoiceNumber number() {
            return InvoiceNumber.parse(number);
        }
    }

    /** A change of an invoice's status, printed as the invoice after it under a headline. */
    abstract static class StateChange extends OneInvoice {
        private final BiFunction<InvoicingUseCase, InvoiceNumber, Invoice> change;
        private final String headline;

        /** {@code headline} is a format of the invoice number. */
        StateChange(CliContext context, BiFunction<InvoicingUseCase, InvoiceNumber, Invoice> change, String headline) {
            super(context);
            this.change = change;
            this.headline = headline;
        }

        @Override
        public Integer call() {
            InvoiceNumber number = number();
            Invoice after = change.apply(context.get(InvoicingUseCase.class), number);
            return print(new Headed(List.of(headline.formatted(number)), InvoiceView.of(after)));
        }
    }
}
