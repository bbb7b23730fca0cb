package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.Output;
import io.vigint.cli.command.view.PaymentDetailsView;
import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.client.ClientId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint billing …}: a client's payment details. */
@Command(
        name = "billing",
        mixinStandardHelpOptions = true,
        description =
                "Sets and shows clients' payment details (IBANs and card references are stored encrypted and shown masked).",
        subcommands = {BillingCommand.SetPayment.class, BillingCommand.ShowPayment.class})
public final class BillingCommand {
    /** {@code vigint billing set-payment}. */
    @Command(
            name = "set-payment",
            mixinStandardHelpOptions = true,
            description = {
                "Sets how a client pays and how often it is invoiced, replacing earlier details.",
                "direct_debit needs --iban (--bic optional); credit_card needs --customer-id (the card",
                "provider's customer reference); bank_transfer may give --iban and cannot be --auto-pay.",
                "Clients without payment details are invoiced at billing.default_frequency (monthly)."
            })
    public static final class SetPayment implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(
                names = "--method",
                required = true,
                paramLabel = "METHOD",
                description = "credit_card, bank_transfer or direct_debit.")
        private String method;

        @Option(
                names = "--frequency",
                required = true,
                paramLabel = "FREQUENCY",
                description = "weekly, monthly or quarterly.")
        private String frequency;

        @Option(
                names = "--iban",
                paramLabel = "IBAN",
                description = "The account (spaces allowed); validated, stored encrypted.")
        private String iban;

        @Option(names = "--bic", paramLabel = "BIC", description = "The bank's BIC (8 or 11 characters).")
        private String bic;

        @Option(
                names = "--customer-id",
                paramLabel = "ID",
                description = "The card provider's customer reference; stored encrypted.")
        private String customerId;

        @Option(names = "--auto-pay", description = "Collect invoices automatically (card or direct debit).")
        private boolean autoPay;

        public SetPayment(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SetPaymentDetailsCommand command = new SetPaymentDetailsCommand(
                    clientId,
                    PaymentMethod.parse(method),
                    BillingFrequency.parse(frequency),
                    autoPay,
                    Optional.ofNullable(iban).map(Iban::parse),
                    Optional.ofNullable(bic).map(Bic::parse),
                    Optional.ofNullable(customerId));
            PaymentDetails saved = context.get(PaymentDetailsUseCase.class).setPaymentDetails(command);
            Output.of(context)
                    .print(new Headed(
                            List.of("Payment details of client " + clientId.value() + " set."),
                            PaymentDetailsView.of(saved)));
            return 0;
        }
    }

    /** {@code vigint billing show-payment}. */
    @Command(
            name = "show-payment",
            mixinStandardHelpOptions = true,
            description = "Shows a client's payment details, the IBAN and customer id masked.")
    public static final class ShowPayment implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        public ShowPayment(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            Output.of(context)
                    .print(PaymentDetailsView.of(
                            context.get(PaymentDetailsUseCase.class).paymentDetails(clientId)));
            return 0;
        }
    }
}
