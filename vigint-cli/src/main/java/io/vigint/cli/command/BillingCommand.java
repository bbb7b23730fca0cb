package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.PaymentDetailsView;
import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import java.util.List;
import java.util.Optional;
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
    public static final class SetPayment extends ClientCommand {
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
            super(context);
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
            return print(new Headed(
                    List.of("Payment details of client " + clientId.value() + " set."), PaymentDetailsView.of(saved)));
        }
    }

    /** {@code vigint billing show-payment}. */
    @Command(
            name = "show-payment",
            mixinStandardHelpOptions = true,
            description = "Shows a client's payment details, the IBAN and customer id masked.")
    public static final class ShowPayment extends ClientCommand {
        public ShowPayment(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return print(PaymentDetailsView.of(
                    context.get(PaymentDetailsUseCase.class).paymentDetails(clientId)));
        }
    }
}
