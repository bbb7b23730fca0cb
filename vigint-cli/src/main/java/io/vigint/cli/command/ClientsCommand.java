package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.CommandFailedException;
import io.vigint.cli.Terminal;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.key.AccessCommand;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.SetLoginCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint clients …}: create, list, revoke, reactivate and delete clients. */
@Command(
        name = "clients",
        mixinStandardHelpOptions = true,
        description = "Create, list, revoke, reactivate and delete clients; set their login and rate limit.",
        subcommands = {
            ClientsCommand.Create.class,
            ClientsCommand.ListClients.class,
            ClientsCommand.Revoke.class,
            ClientsCommand.Reactivate.class,
            ClientsCommand.Delete.class,
            ClientsCommand.SetLogin.class,
            ClientsCommand.SetRateLimit.class
        })
public final class ClientsCommand {
    /** {@code vigint clients create}: a client and its first API key, printed once. */
    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Creates a client with its first API key and prints the key.",
                "The key is shown only this once: it is stored as a hash and cannot be retrieved later."
            })
    public static final class Create implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Unique name (1-100 characters).")
        private String name;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Unique email address.")
        private String email;

        @Option(names = "--description", paramLabel = "TEXT", description = "Free text (up to 1000 characters).")
        private String description;

        public Create(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            CreateClientCommand command = new CreateClientCommand(name, email, description);
            context.printer()
                    .createdClient(context.get(CreateClientUseCase.class).createClient(command));
            return 0;
        }
    }

    /** {@code vigint clients list}: every client with its keys. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists every client with its API keys (id, name, prefix, status, created, last used, "
                    + "expires). Never shows a key itself.")
    public static final class ListClients implements Callable<Integer> {
        private final CliContext context;

        public ListClients(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            context.printer().clients(context.get(ListClientsUseCase.class).listClients());
            return 0;
        }
    }

    /** {@code vigint clients revoke}: stop a client's (or one key's) requests from being accepted. */
    @Command(
            name = "revoke",
            mixinStandardHelpOptions = true,
            description = {
                "Revokes a client's access: the client is marked revoked and its active keys suspended.",
                "With --key-id, revokes that one key only. Data is kept; see 'clients reactivate'."
            })
    public static final class Revoke implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(names = "--key-id", paramLabel = "ID", description = "Only this key of the client.")
        private ApiKeyId keyId;

        public Revoke(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AccessCommand command = new AccessCommand(clientId, keyId);
            ClientWithKeys after = context.get(RevokeAccessUseCase.class).revokeAccess(command);
            context.printer()
                    .client(
                            after,
                            keyId == null
                                    ? "Revoked access of client " + clientId + "."
                                    : "Revoked API key " + keyId + " of client " + clientId + ".");
            return 0;
        }
    }

    /** {@code vigint clients reactivate}: restore a client's (or one key's) access. */
    @Command(
            name = "reactivate",
            mixinStandardHelpOptions = true,
            description = {
                "Reactivates a client: the client and the keys suspended with it work again;",
                "keys revoked one by one stay revoked. With --key-id, reactivates that key (and its client).",
                "Expired keys cannot be reactivated."
            })
    public static final class Reactivate implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(names = "--key-id", paramLabel = "ID", description = "Only this key of the client.")
        private ApiKeyId keyId;

        public Reactivate(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            AccessCommand command = new AccessCommand(clientId, keyId);
            ClientWithKeys after = context.get(ReactivateAccessUseCase.class).reactivateAccess(command);
            context.printer()
                    .client(
                            after,
                            keyId == null
                                    ? "Reactivated client " + clientId + "."
                                    : "Reactivated API key " + keyId + " of client " + clientId + ".");
            return 0;
        }
    }

    /** {@code vigint clients delete}: permanent deletion, confirmed on the terminal or forced. */
    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = {
                "Permanently deletes a client and all its API keys. This cannot be undone.",
                "Asks for the client's name on the terminal first; without a terminal (scripts), "
                        + "refuses unless --force is given."
            })
    public static final class Delete implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(names = "--force", description = "Delete without asking for confirmation.")
        private boolean force;

        public Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ClientWithKeys target = context.get(ListClientsUseCase.class).getClient(clientId);
            if (!force) {
                confirm(target.client());
            }
            Client deleted = context.get(DeleteClientUseCase.class).deleteClient(clientId);
            context.printer().deleted(deleted, target.keys().size());
            return 0;
        }

        private void confirm(Client client) {
            Terminal terminal = context.environment().terminal();
            String what = client.name() + " (id " + client.id() + ")";
            if (!terminal.isInteractive()) {
                throw new CommandFailedException("not deleting client " + what
                        + ": there is no terminal to confirm on; pass --force to delete without confirmation");
            }
            String answer =
                    terminal.readLine("Type the client name to confirm deletion of " + what + " and all its keys: ");
            if (!client.name().equals(answer)) {
                throw new CommandFailedException(
                        "not deleting client " + what + ": the name typed does not match; nothing was deleted");
            }
        }
    }

    /** {@code vigint clients set-login}: the username and password a client exchanges for tokens. */
    @Command(
            name = "set-login",
            mixinStandardHelpOptions = true,
            description = {
                "Sets (or replaces) the username and password a client exchanges for access tokens at "
                        + "POST /auth/token.",
                "The password is read from the terminal (asked twice), or from the first line of standard input "
                        + "with --password-stdin; never from an argument. It is stored as an Argon2id hash."
            })
    public static final class SetLogin implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @Option(
                names = "--username",
                required = true,
                paramLabel = "NAME",
                description = "3-64 letters, digits, '.', '_', '@' or '-'; unique.")
        private String username;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        private boolean passwordStdin;

        public SetLogin(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            char[] password = passwordStdin
                    ? firstLine(context.environment().in())
                    : askTwice(context.environment().terminal());
            try {
                LoginCredential login =
                        context.get(LoginUseCase.class).setLogin(new SetLoginCommand(clientId, username, password));
                context.printer().loginSet(login);
                return 0;
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }

        private static char[] askTwice(Terminal terminal) {
            if (!terminal.isInteractive()) {
                throw new CommandFailedException(
                        "no terminal to read the password from; pipe it in with --password-stdin");
            }
            char[] first = terminal.readPassword("Password for the client's login: ");
            char[] second = terminal.readPassword("Repeat the password: ");
            if (first == null || second == null || !java.util.Arrays.equals(first, second)) {
                throw new CommandFailedException("the two passwords differ (or input ended); nothing was changed");
            }
            java.util.Arrays.fill(second, '\0');
            return first;
        }

        private static char[] firstLine(java.io.InputStream in) {
            try {
                java.io.BufferedReader reader = new java.io.BufferedReader(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                String line = reader.readLine();
                if (line == null) {
                    throw new CommandFailedException(
                            "standard input is empty; expected the password on its first line");
                }
                return line.toCharArray();
            } catch (java.io.IOException e) {
                throw new CommandFailedException("cannot read the password from standard input: " + e.getMessage());
            }
        }
    }

    /** {@code vigint clients set-rate-limit}: a client's own requests-per-minute limit. */
    @Command(
            name = "set-rate-limit",
            mixinStandardHelpOptions = true,
            description = "Sets how many requests per minute a client may make, or with --default puts it back on "
                    + "the server's default (rate_limit.per_minute, 60 unless configured). Running servers apply it "
                    + "within seconds.")
    public static final class SetRateLimit implements Callable<Integer> {
        private final CliContext context;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client.")
        private ClientId clientId;

        @picocli.CommandLine.ArgGroup(multiplicity = "1")
        private Limit limit;

        static final class Limit {
            @Option(
                    names = "--per-minute",
                    required = true,
                    paramLabel = "N",
                    description = "Requests per minute (1 to 1000000).")
            Integer perMinute;

            @Option(names = "--default", required = true, description = "Use the server's default limit.")
            boolean useDefault;
        }

        public SetRateLimit(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            ClientSettings settings = context.get(ClientSettingsUseCase.class)
                    .setRateLimit(clientId, limit.useDefault ? null : limit.perMinute);
            context.printer()
                    .rateLimit(clientId, settings, context.settings().server().rateLimitPerMinute());
            return 0;
        }
    }
}
