package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.CreatedOperatorKeyView;
import io.vigint.cli.command.view.OperatorKeyView;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.operator.OperatorKeysUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint admin-keys …}: the operator keys of the admin API ({@code X-Admin-Key}). */
@Command(
        name = "admin-keys",
        mixinStandardHelpOptions = true,
        description = "Create, list and revoke operator keys, the credentials of the /admin/v1 API (X-Admin-Key).",
        subcommands = {AdminKeysCommand.Create.class, AdminKeysCommand.ListKeys.class, AdminKeysCommand.Revoke.class})
public final class AdminKeysCommand {
    /** {@code vigint admin-keys create}: a new operator key, printed once. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Creates an operator key and prints it.",
                "The key is shown only this once: it is stored as a hash and cannot be retrieved later."
            })
    public static final class Create extends ContextCommand {
        @Option(
                names = "--name",
                required = true,
                paramLabel = "NAME",
                description = "Who or what uses it (1-100 characters).")
        private String name;

        public Create(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return print(CreatedOperatorKeyView.of(
                    context.get(OperatorKeysUseCase.class).createOperatorKey(name)));
        }
    }

    /** {@code vigint admin-keys list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists operator keys (never the keys themselves).")
    public static final class ListKeys extends ContextCommand {
        public ListKeys(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return print(OperatorKeyView.ListView.of(
                    context.get(OperatorKeysUseCase.class).listOperatorKeys()));
        }
    }

    /** {@code vigint admin-keys revoke}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stops accepting an operator key at once.")
    public static final class Revoke extends ContextCommand {
        @Option(names = "--key-id", required = true, paramLabel = "ID", description = "The operator key to revoke.")
        private OperatorKeyId keyId;

        public Revoke(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            return print(
                    OperatorKeyView.of(context.get(OperatorKeysUseCase.class).revokeOperatorKey(keyId)));
        }
    }
}
