package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.CommandFailedException;
import io.vigint.cli.command.view.CreditNoteView;
import io.vigint.cli.command.view.FollowUpView;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.InvoiceAccountView;
import io.vigint.cli.command.view.InvoiceRunView;
import io.vigint.cli.command.view.InvoiceView;
import io.vigint.cli.command.view.Output;
import io.vigint.cli.command.view.VerificationView;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.CreditNote;
import io.vigint.core.billing.CreditNoteDocuments;
import io.vigint.core.billing.CreditNoteIssued;
import io.vigint.core.billing.CreditNoteNumber;
import io.vigint.core.billing.FollowUpReport;
import io.vigint.core.billing.Invoice;
import io.vigint.core.billing.InvoiceBalance;
import io.vigint.core.billing.InvoiceDocuments;
import io.vigint.core.billing.InvoiceFollowUpUseCase;
import io.vigint.core.billing.InvoiceFormat;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceRunReport;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceVerification;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.IssueCreditNoteCommand;
import io.vigint.core.billing.RecordPaymentCommand;
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
        description = {
            "Runs the invoice batch; lists, shows, verifies invoices; records payments (in part or in full);",
            "corrects issued invoices with credit notes; follows up unpaid ones (overdue, reminders).",
            "States: issued -> partially_paid -> paid; issued/partially_paid -> overdue (past due);",
            "credited once credit notes add up to the total. 'void' is for drafts only."
        },
        subcommands = {
            InvoicesCommand.Run.class,
            InvoicesCommand.ListInvoices.class,
            InvoicesCommand.Show.class,
            InvoicesCommand.Send.class,
            InvoicesCommand.Verify.class,
            InvoicesCommand.Pay.class,
            InvoicesCommand.MarkPaid.class,
            InvoicesCommand.Credit.class,
            InvoicesCommand.CreditNotes.class,
            InvoicesCommand.FollowUp.class,
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
                "invoice for it yet (void and fully credited invoices do not count): one line per endpoint, VAT, numbers",
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

        @Option(
                names = "--status",
                paramLabel = "STATUS",
                description = "Only those in this status: issued, partially_paid, paid, overdue, credited or void.")
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
                "Shows one invoice with its lines, due date, payments, credit notes and the amount due; with",
                "--format, writes its document (PDF, HTML, CSV or UBL) to --out (or, for html, csv and ubl, to",
                "standard output)."
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
                InvoiceFollowUpUseCase followUp = context.get(InvoiceFollowUpUseCase.class);
                return print(InvoiceAccountView.of(followUp.balance(number()), followUp.dueAt(invoice)));
            }
            InvoiceFormat wanted = InvoiceFormat.parse(format);
            if (out == null && wanted == InvoiceFormat.PDF) {
                throw new CommandFailedException("a PDF is written to a file: add --out FILE");
            }
            return writeDocument(
                    context,
                    context.get(InvoiceDocuments.class).render(invoice, wanted),
                    wanted,
                    out,
                    invoice.number().orElseThrow().toString());
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
                "compares every line, the subtotal, VAT and total; checks its credit notes (each one's VAT at",
                "the invoice's rate, never more than was left to credit, their sum at most the total) and its",
                "status against its payments and credit notes. Exit status 1 if anything differs."
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

    /** {@code vigint invoices pay}. */
    @Command(
            name = "pay",
            mixinStandardHelpOptions = true,
            description = {
                "Records a payment on an issued, partially paid or overdue invoice: it becomes partially_paid,",
                "or paid once nothing is due. A payment of more than is due is refused (nothing recorded)."
            })
    public static final class Pay extends ContextCommand {
        @Option(names = "--number", required = true, paramLabel = "NUMBER", description = "The invoice.")
        private String number;

        @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "For example 12.34.")
        private String amount;

        @Option(names = "--reference", paramLabel = "TEXT", description = "The bank or provider reference.")
        private String reference;

        @Option(
                names = "--paid-at",
                paramLabel = "WHEN",
                description = "When the money arrived: 2026-12-03 or 2026-12-03T10:15:00Z (default: now).")
        private String paidAt;

        public Pay(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            InvoiceNumber parsed = InvoiceNumber.parse(number);
            InvoiceFollowUpUseCase followUp = context.get(InvoiceFollowUpUseCase.class);
            InvoiceBalance after = followUp.recordPayment(new RecordPaymentCommand(
                    parsed,
                    RecordPaymentCommand.amount("amount", amount),
                    Optional.ofNullable(paidAt).map(RecordPaymentCommand::paidAt),
                    Optional.ofNullable(reference)));
            return print(new Headed(
                    List.of("Recorded a payment of "
                            + after.payments().get(after.payments().size() - 1).amount() + " on " + parsed + "."),
                    InvoiceAccountView.of(after, followUp.dueAt(after.invoice()))));
        }
    }

    /** {@code vigint invoices mark-paid}. */
    @Command(
            name = "mark-paid",
            mixinStandardHelpOptions = true,
            description = "Records a payment of everything still due on an invoice, which makes it paid.")
    public static final class MarkPaid extends StateChange {
        public MarkPaid(CliContext context) {
            super(context, InvoicingUseCase::markPaid, "Marked %s paid.");
        }
    }

    /** {@code vigint invoices credit}. */
    @Command(
            name = "credit",
            mixinStandardHelpOptions = true,
            description = {
                "Issues a credit note VIGINT-CN-YYYY-NNNN (numbered without gaps, apart from invoices) that",
                "corrects an issued, partially paid, paid or overdue invoice, and emails it to the client with",
                "the PDF attached. --amount is the net amount credited (VAT is added at the invoice's rate);",
                "without it, all that is left of the invoice is credited. The credit notes of an invoice never",
                "add up to more than its total; once they add up to it, the invoice is credited and its client's",
                "period can be invoiced again."
            })
    public static final class Credit extends ContextCommand {
        @Option(names = "--number", required = true, paramLabel = "NUMBER", description = "The invoice.")
        private String number;

        @Option(names = "--amount", paramLabel = "AMOUNT", description = "The net amount, e.g. 5.00 (default: all).")
        private String amount;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (shown on the note).")
        private String reason;

        public Credit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            InvoiceFollowUpUseCase followUp = context.get(InvoiceFollowUpUseCase.class);
            CreditNoteIssued issued = followUp.issueCreditNote(new IssueCreditNoteCommand(
                    InvoiceNumber.parse(number),
                    Optional.ofNullable(amount).map(a -> RecordPaymentCommand.amount("amount", a)),
                    reason));
            String status = issued.invoice().invoice().status().code();
            print(new Headed(
                    List.of("Issued " + issued.note().number() + " on "
                            + issued.note().invoice() + " (now " + status + ")."),
                    CreditNoteView.of(issued.note())));
            issued.notSent().ifPresent(why -> context.environment()
                    .err()
                    .println("warning: credit note " + issued.note().number() + " was issued but not emailed: " + why
                            + " (send it with 'vigint invoices credit-notes send "
                            + issued.note().number() + "')"));
            return 0;
        }
    }

    /** {@code vigint invoices credit-notes …}. */
    @Command(
            name = "credit-notes",
            mixinStandardHelpOptions = true,
            description = "Lists, shows and sends credit notes.",
            subcommands = {CreditNotes.ListNotes.class, CreditNotes.ShowNote.class, CreditNotes.SendNote.class})
    public static final class CreditNotes {
        /** {@code vigint invoices credit-notes list}. */
        @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists credit notes, newest first.")
        public static final class ListNotes extends ContextCommand {
            @Option(names = "--client-id", paramLabel = "ID", description = "Only this client's.")
            private ClientId clientId;

            @Option(names = "--invoice", paramLabel = "NUMBER", description = "Only those correcting this invoice.")
            private String invoice;

            public ListNotes(CliContext context) {
                super(context);
            }

            @Override
            public Integer call() {
                return print(CreditNoteView.ListView.of(context.get(InvoiceFollowUpUseCase.class)
                        .listCreditNotes(
                                Optional.ofNullable(clientId),
                                Optional.ofNullable(invoice).map(InvoiceNumber::parse))));
            }
        }

        /** {@code vigint invoices credit-notes show}. */
        @Command(
                name = "show",
                mixinStandardHelpOptions = true,
                description = {
                    "Shows one credit note; with --format, writes its document (PDF, HTML, CSV or UBL) to --out",
                    "(or, for html, csv and ubl, to standard output)."
                })
        public static final class ShowNote extends ContextCommand {
            @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-CN-2026-0001.")
            private String number;

            @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, html, csv or ubl: the document.")
            private String format;

            @Option(names = "--out", paramLabel = "FILE", description = "Where to write the document.")
            private Path out;

            public ShowNote(CliContext context) {
                super(context);
            }

            @Override
            public Integer call() {
                if (out != null && format == null) {
                    throw new picocli.CommandLine.ParameterException(
                            new picocli.CommandLine(this), "--out needs --format pdf|html|csv|ubl");
                }
                CreditNote note = context.get(InvoiceFollowUpUseCase.class).creditNote(CreditNoteNumber.parse(number));
                if (format == null) {
                    return print(CreditNoteView.of(note));
                }
                InvoiceFormat wanted = InvoiceFormat.parse(format);
                if (out == null && wanted == InvoiceFormat.PDF) {
                    throw new CommandFailedException("a PDF is written to a file: add --out FILE");
                }
                return writeDocument(
                        context,
                        context.get(CreditNoteDocuments.class).render(note, wanted),
                        wanted,
                        out,
                        note.number().toString());
            }
        }

        /** {@code vigint invoices credit-notes send}. */
        @Command(
                name = "send",
                mixinStandardHelpOptions = true,
                description = "Emails a credit note to its client again, with the PDF attached. Exit 1 if it fails.")
        public static final class SendNote extends ContextCommand {
            @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-CN-2026-0001.")
            private String number;

            public SendNote(CliContext context) {
                super(context);
            }

            @Override
            public Integer call() {
                CreditNote note = context.get(InvoiceFollowUpUseCase.class).creditNote(CreditNoteNumber.parse(number));
                context.get(CreditNoteDocuments.class).send(note);
                context.environment()
                        .out()
                        .println("Sent " + note.number() + " to client "
                                + note.clientId().value() + ".");
                return 0;
            }
        }
    }

    /** {@code vigint invoices follow-up}. */
    @Command(
            name = "follow-up",
            mixinStandardHelpOptions = true,
            description = {
                "Marks issued and partially paid invoices past the due date they recorded at issue",
                "overdue, then emails a payment reminder for each overdue invoice that reached one of",
                "billing.reminders.after_days past due and has not had it yet (when billing.reminders.enabled).",
                "'vigint serve' does this every billing.reminders.check_every; running it again sends nothing twice."
            })
    public static final class FollowUp extends ContextCommand {
        public FollowUp(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            FollowUpReport report = context.get(InvoiceFollowUpUseCase.class).followUp();
            Output.of(context).print(FollowUpView.of(report));
            report.notSent().forEach((number, reason) -> context.environment()
                    .err()
                    .println("warning: the payment reminder for " + number + " was not sent: " + reason
                            + " (the next follow-up tries again)"));
            return 0;
        }
    }

    /** {@code vigint invoices void}. */
    @Command(
            name = "void",
            mixinStandardHelpOptions = true,
            description = {
                "Voids a draft. Drafts are never stored (only 'invoices run --dry-run' shows them), so this",
                "refuses every stored invoice: an issued invoice is corrected by a credit note instead",
                "('vigint invoices credit --number NUMBER --reason TEXT'). Invoices voided before credit notes",
                "existed keep the status void."
            })
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

    /** Writes {@code document} to {@code out}, or to standard output when there is no {@code out}. */
    private static int writeDocument(
            CliContext context, byte[] document, InvoiceFormat format, Path out, String number) {
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
                .println("Wrote " + number + " as " + format.extension() + " to " + out + " (" + document.length
                        + " bytes).");
        return 0;
    }
}
