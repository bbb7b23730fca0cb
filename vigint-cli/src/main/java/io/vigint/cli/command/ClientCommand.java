package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.core.client.ClientId;
import picocli.CommandLine.Option;

/** A command about one client, named by {@code --client-id}. */
abstract class ClientCommand extends ContextCommand {
    @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
    ClientId clientId;

    ClientCommand(CliContext context) {
        super(context);
    }
}
