package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.BillingProfileView;
import io.vigint.cli.command.view.Headed;
import io.vigint.cli.command.view.PaymentDetailsView;
import io.vigint.core.billing.Bic;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.BillingProfileUseCase;
import io.vigint.core.billing.Iban;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.PaymentDetails;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.billing.PaymentMethod;
import io.vigint.core.billing.SetBillingProfileCommand;
import io.vigint.core.billing.SetPaymentDetailsCommand;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.billing.VatId;
import io.vigint.core.error.VigintException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint billing …}: a client's payment details and billing profile. */
@Command(
        name = "billing",
        mixinStandardHelpOptions = true,
        description = {
            "Sets and shows clients' payment details (IBANs and card references are stored encrypted and shown masked)",
            "and billing profiles (legal name, address, country, VAT ID, tax treatment, prices with or without VAT)."
        },
        subcommands = {
            BillingCommand.SetPayment.class,
            BillingCommand.ShowPayment.class,
            BillingCommand.SetProfile.class,
            BillingCommand.ShowProfile.class
        })
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

    /** {@code vigint billing set-profile}. */
    @Command(
            name = "set-profile",
            mixinStandardHelpOptions = true,
            description = {
                "Sets a client's billing profile, replacing an earlier one; its invoices are issued under it.",
                "domestic: VAT at the rate of the client's country (billing.vat_rates), else billing.vat_rate;",
                "reverse_charge: an EU business in another member state than the seller, --vat-id of its country, 0%;",
                "outside_eu: a client outside the EU, 0%; exempt: an exempt supply, 0%.",
                "Without --prices-include-vat the client keeps its current choice (default billing.prices_include_vat)."
            })
    public static final class SetProfile extends ClientCommand {
        @Option(
                names = "--legal-name",
                required = true,
                paramLabel = "NAME",
                description = "The legal name on invoices (1-200 characters).")
        private String legalName;

        @Option(
                names = "--address",
                paramLabel = "LINES",
                description = "The postal address; repeat the option or separate lines with ';' (at most 5 lines).")
        private List<String> address = new ArrayList<>();

        @Option(
                names = "--country",
                required = true,
                paramLabel = "CC",
                description = "The client's country, ISO 3166-1 alpha-2 (e.g. BE).")
        private String country;

        @Option(
                names = "--vat-id",
                paramLabel = "VAT_ID",
                description = "The client's VAT ID (e.g. FR40303265045); required for reverse_charge.")
        private String vatId;

        @Option(
                names = "--tax-treatment",
                required = true,
                paramLabel = "TREATMENT",
                description = "domestic, reverse_charge, outside_eu or exempt.")
        private String taxTreatment;

        @Option(
                names = "--prices-include-vat",
                paramLabel = "true|false",
                description = "Whether the client's prices include VAT (then net = price / (1 + rate)).")
        private String pricesIncludeVat;

        public SetProfile(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            SetBillingProfileCommand command = new SetBillingProfileCommand(
                    clientId,
                    legalName,
                    address.stream()
                            .flatMap(a -> InvoiceParty.lines(a).stream())
                            .toList(),
                    country,
                    Optional.ofNullable(vatId).filter(v -> !v.isBlank()).map(VatId::parse),
                    TaxTreatment.parse(taxTreatment),
                    Optional.ofNullable(pricesIncludeVat).map(SetProfile::bool));
            BillingProfile saved = context.get(BillingProfileUseCase.class).setProfile(command);
            return print(new Headed(
                    List.of("Billing profile of client " + clientId.value() + " set."),
                    BillingProfileView.of(saved, saved.pricesIncludeVat().orElse(null))));
        }

        private static boolean bool(String text) {
            return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default ->
                    throw VigintException.invalid(
                            "prices_include_vat", "prices_include_vat must be true or false, got: " + text);
            };
        }
    }

    /** {@code vigint billing show-profile}. */
    @Command(
            name = "show-profile",
            mixinStandardHelpOptions = true,
            description = "Shows a client's billing profile and whether its prices include VAT.")
    public static final class ShowProfile extends ClientCommand {
        public ShowProfile(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            BillingProfileUseCase profiles = context.get(BillingProfileUseCase.class);
            BillingProfile profile = profiles.profile(clientId);
            return print(BillingProfileView.of(profile, profiles.pricesIncludeVat(clientId)));
        }
    }
}
