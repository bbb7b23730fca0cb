package io.vigint.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vigint}: the top-level command; it only groups the subcommands and holds the common options. */
@Command(
        name = "vigint",
        mixinStandardHelpOptions = true,
        description = "Administers a Vigint installation: clients and their API keys.",
        subcommands = {ClientsCommand.class, KeysCommand.class})
public final class VigintCommand {
    @Mixin
    private CommonOptions options;

    /** The common options (also reachable from every subcommand). */
    public CommonOptions options() {
        return options;
    }
}
