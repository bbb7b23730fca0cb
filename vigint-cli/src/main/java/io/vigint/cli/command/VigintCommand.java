package io.vigint.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigint}: the top-level command; it only groups the subcommands and holds the common options. */
@Command(
        name = "vigint",
        mixinStandardHelpOptions = true,
        description =
                "Runs and administers a Vigint installation: the HTTP server, clients, their API keys and logins, operator"
                        + " keys, usage reports, payment details and invoices; imports an original Vigint deployment.",
        subcommands = {
            ClientsCommand.class,
            KeysCommand.class,
            AdminKeysCommand.class,
            ServeCommand.class,
            UsageCommand.class,
            BillingCommand.class,
            InvoicesCommand.class,
            ImportLegacyCommand.class
        })
public final class VigintCommand {
    @Mixin
    private CommonOptions options;

    /** The common options (also reachable from every subcommand). */
    public CommonOptions options() {
        return options;
    }
}
