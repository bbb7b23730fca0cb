package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.IssuedKeyView;
import io.vigint.cli.command.view.KeyListView;
import io.vigint.cli.command.view.KeyView;
import io.vigint.cli.command.view.RotatedKeyView;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.key.RotateApiKeyCommand;
import io.vigint.core.key.RotateApiKeyUseCase;
import io.vigint.core.key.RotatedApiKey;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint keys …}: add, list and rotate a client's API keys. */
@Command(
        name = "keys",
        mixinStandardHelpOptions = true,
        description = "Add, list and rotate API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Rotate.class})
public final class KeysCommand {
    /** {@code vigint keys create}: one more key for a client, printed once. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Adds an API key to an active client and prints it.",
                "The key is shown only this once: it is stored as a hash and cannot be retrieved later."
            })
    public static final class Create extends ClientCommand {
        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "A name for the key, e.g. the service using it (default: default).")
        private String name;

        @Option(
                names = "--expires-in",
                paramLabel = "DURATION",
                description = "Lifetime such as 90s, 15m, 24h or 30d (at most 3650d). Default: never expires.")
        private Duration expiresIn;

        public Create(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            IssueApiKeyCommand command = new IssueApiKeyCommand(clientId, name, expiresIn);
            IssuedApiKey issued = context.get(IssueApiKeyUseCase.class).issueApiKey(command);
            return print(IssuedKeyView.of(issued, now()));
        }
    }

    /** {@code vigint keys list}: one client's keys. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists a client's API keys (never the keys themselves).")
    public static final class ListKeys extends ClientCommand {
        public ListKeys(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<ApiKey> keys = context.get(ListApiKeysUseCase.class).listApiKeys(clientId);
            return print(new KeyListView(KeyView.of(keys, now())));
        }
    }

    /** {@code vigint keys rotate}: replace a key, printing the new one once. */
    @Command(
            name = "rotate",
            mixinStandardHelpOptions = true,
            description = {
                "Replaces an active API key with a new one (same client, name and expiry) and prints it.",
                "The old key keeps working for the grace period, then expires."
            })
    public static final class Rotate extends ContextCommand {
        @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The key to replace.")
        private ApiKeyId keyId;

        @Option(
                names = "--grace",
                paramLabel = "DURATION",
                defaultValue = "0s",
                description = "How long the old key keeps working, such as 15m or 24h (at most 30d). "
                        + "Default: 0s, it stops at once.")
        private Duration grace;

        public Rotate(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            RotateApiKeyCommand command = new RotateApiKeyCommand(keyId, grace);
            RotatedApiKey rotated = context.get(RotateApiKeyUseCase.class).rotateApiKey(command);
            return print(RotatedKeyView.of(rotated, now()));
        }
    }
}
