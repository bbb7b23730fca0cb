package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.InvoiceNumber;
import io.vigint.core.billing.InvoiceStatus;
import io.vigint.core.billing.InvoiceVerification;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.ClientId;
import java.util.Optional;
import java.util.concurrent.Callable;
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
            InvoicesCommand.Verify.class,
            InvoicesCommand.MarkPaid.class,
            InvoicesCommand.VoidInvoice.class
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
                "Without --period: the last completed week, month and quarter."
            })
    public static final class Run implements Callable<Integer> {
        private final CliContext context;

        @Option(
                names = "--period",
                paramLabel = "PERIOD",
                description = "2026-W47 (ISO week, weekly clients), 2026-11 (monthly) or 2026-Q4 (quarterly).")
        private String period;

        @Option(names = "--dry-run", description = "Show what would be invoiced; write nothing.")
        private boolean dryRun;

        public Run(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RunInvoicesCommand command =
                    new RunInvoicesCommand(Optional.ofNullable(period).map(BillingPeriod::parse), dryRun);
            BillingCommand.printer(context)
                    .runReports(context.get(InvoicingUseCase.class).runInvoices(command));
            return 0;
        }
    }

    /** {@code vigint invoices list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists invoices, newest first.")
    public static final class ListInvoices implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", paramLabel = "ID", description = "Only this client's.")
        private ClientId clientId;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only issued, paid or void ones.")
        private String status;

        public ListInvoices(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Optional<InvoiceStatus> wanted = Optional.ofNullable(status).map(InvoiceStatus::parse);
            BillingCommand.printer(context)
                    .invoices(context.get(InvoicingUseCase.class).listInvoices(Optional.ofNullable(clientId), wanted));
            return 0;
        }
    }

    /** {@code vigint invoices show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Shows one invoice with its lines.")
    public static final class Show implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-2026-0001.")
        private String number;

        public Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            BillingCommand.printer(context)
                    .invoice(context.get(InvoicingUseCase.class).invoice(InvoiceNumber.parse(number)), null);
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
    public static final class Verify implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-2026-0001.")
        private String number;

        public Verify(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            InvoiceVerification result = context.get(InvoicingUseCase.class).verify(InvoiceNumber.parse(number));
            BillingCommand.printer(context).verification(result);
            return result.matches() ? 0 : 1;
        }
    }

    /** {@code vigint invoices mark-paid}. */
    @Command(name = "mark-paid", mixinStandardHelpOptions = true, description = "Marks an issued invoice paid.")
    public static final class MarkPaid implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-2026-0001.")
        private String number;

        public MarkPaid(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            InvoiceNumber parsed = InvoiceNumber.parse(number);
            BillingCommand.printer(context)
                    .invoice(context.get(InvoicingUseCase.class).markPaid(parsed), "Marked " + parsed + " paid.");
            return 0;
        }
    }

    /** {@code vigint invoices void}. */
    @Command(
            name = "void",
            mixinStandardHelpOptions = true,
            description = "Voids an issued or paid invoice; its client's period can then be invoiced again.")
    public static final class VoidInvoice implements Callable<Integer> {
        private final CliContext context;

        @Parameters(paramLabel = "NUMBER", description = "For example VIGINT-2026-0001.")
        private String number;

        public VoidInvoice(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            InvoiceNumber parsed = InvoiceNumber.parse(number);
            BillingCommand.printer(context)
                    .invoice(context.get(InvoicingUseCase.class).voidInvoice(parsed), "Voided " + parsed + ".");
            return 0;
        }
    }
}
