package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.ClientWithKeysView;
import io.vigint.cli.command.view.Headed;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKeyId;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Option;

/** A change of a client's (or one key's) access, printed as the client after it with a headline. */
abstract class AccessChangeCommand extends ClientCommand {
    private final BiFunction<CliContext, AccessCommand, ClientWithKeys> change;
    private final String clientHeadline;
    private final String keyHeadline;

    @Option(names = "--key-id", paramLabel = "ID", description = "Only this key of the client.")
    private ApiKeyId keyId;

    /** The headlines are formats of the client id ({@code %1$s}) and the key id ({@code %2$s}). */
    AccessChangeCommand(
            CliContext context,
            BiFunction<CliContext, AccessCommand, ClientWithKeys> change,
            String clientHeadline,
            String keyHeadline) {
        super(context);
        this.change = change;
        this.clientHeadline = clientHeadline;
        this.keyHeadline = keyHeadline;
    }

    @Override
    public Integer call() {
        ClientWithKeys after = change.apply(context, new AccessCommand(clientId, keyId));
        String headline = (keyId == null ? clientHeadline : keyHeadline).formatted(clientId, keyId);
        return print(new Headed(List.of(headline, ""), ClientWithKeysView.of(after, now())));
    }
}
