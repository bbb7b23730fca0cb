package io.vigint.cli.command;

import io.vigint.cli.CliContext;
import io.vigint.cli.command.view.ClientListView;
import io.vigint.cli.command.view.ClientWithKeysView;
import io.vigint.cli.command.view.CreatedClientView;
import io.vigint.cli.command.view.DeletedClientView;
import io.vigint.cli.command.view.IngestLimitView;
import io.vigint.cli.command.view.LoginView;
import io.vigint.cli.command.view.RateLimitView;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreateClientUseCase;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.DeleteClientUseCase;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.key.ReactivateAccessUseCase;
import io.vigint.core.key.RevokeAccessUseCase;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.SetLoginCommand;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigint clients …}: create, list, revoke, reactivate and delete clients. */
@Command(
        name = "clients",
        mixinStandardHelpOptions = true,
        description =
                "Create, list, revoke, reactivate and delete clients; set their login, rate limit and ingest limits.",
        subcommands = {
            ClientsCommand.Create.class,
            ClientsCommand.ListClients.class,
            ClientsCommand.Revoke.class,
            ClientsCommand.Reactivate.class,
            ClientsCommand.Delete.class,
            ClientsCommand.SetLogin.class,
            ClientsCommand.SetRateLimit.class,
            ClientsCommand.SetIngestLimit.class
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
    public static final class Create extends ContextCommand {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Unique name (1-100 characters).")
        private String name;

        @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "Unique email address.")
        private String email;

        @Option(names = "--description", paramLabel = "TEXT", description = "Free text (up to 1000 characters).")
        private String description;

        public Create(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            CreateClientCommand command = new CreateClientCommand(name, email, description);
            CreatedClient created = context.get(CreateClientUseCase.class).createClient(command);
            return print(CreatedClientView.of(created, now()));
        }
    }

    /** {@code vigint clients list}: every client with its keys. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists every client with its API keys (id, name, prefix, status, created, last used, "
                    + "expires). Never shows a key itself.")
    public static final class ListClients extends ContextCommand {
        public ListClients(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            List<ClientWithKeys> clients = context.get(ListClientsUseCase.class).listClients();
            Instant now = now();
            return print(new ClientListView(
                    clients.stream().map(c -> ClientWithKeysView.of(c, now)).toList()));
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
    public static final class Revoke extends AccessChangeCommand {
        public Revoke(CliContext context) {
            super(
                    context,
                    (c, access) -> c.get(RevokeAccessUseCase.class).revokeAccess(access),
                    "Revoked access of client %1$s.",
                    "Revoked API key %2$s of client %1$s.");
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
    public static final class Reactivate extends AccessChangeCommand {
        public Reactivate(CliContext context) {
            super(
                    context,
                    (c, access) -> c.get(ReactivateAccessUseCase.class).reactivateAccess(access),
                    "Reactivated client %1$s.",
                    "Reactivated API key %2$s of client %1$s.");
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
    public static final class Delete extends ClientCommand {
        @Option(names = "--force", description = "Delete without asking for confirmation.")
        private boolean force;

        public Delete(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            ClientWithKeys target = context.get(ListClientsUseCase.class).getClient(clientId);
            if (!force) {
                Prompts.confirmDeletion(context.environment().terminal(), target.client());
            }
            Client deleted = context.get(DeleteClientUseCase.class).deleteClient(clientId);
            return print(DeletedClientView.of(deleted, target.keys().size()));
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
    public static final class SetLogin extends ClientCommand {
        @Option(
                names = "--username",
                required = true,
                paramLabel = "NAME",
                description = "3-64 letters, digits, '.', '_', '@' or '-'; unique.")
        private String username;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        private boolean passwordStdin;

        public SetLogin(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            char[] password = passwordStdin
                    ? Prompts.firstLine(context.environment().in())
                    : Prompts.askTwice(context.environment().terminal());
            try {
                LoginCredential login =
                        context.get(LoginUseCase.class).setLogin(new SetLoginCommand(clientId, username, password));
                return print(LoginView.of(login));
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /** {@code vigint clients set-rate-limit}: a client's own requests-per-minute limit. */
    @Command(
            name = "set-rate-limit",
            mixinStandardHelpOptions = true,
            description = "Sets how many API calls per minute a client may make, or with --default puts it back on "
                    + "the server's default (rate_limit.per_minute, 60 unless configured). Frame ingest does not "
                    + "count against it (see set-ingest-limit). Running servers apply it within seconds.")
    public static final class SetRateLimit extends ClientCommand {
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
            super(context);
        }

        @Override
        public Integer call() {
            ClientSettings settings = context.get(ClientSettingsUseCase.class)
                    .setRateLimit(clientId, limit.useDefault ? null : limit.perMinute);
            return print(RateLimitView.of(
                    clientId, settings, context.settings().server().rateLimitPerMinute()));
        }
    }

    /** {@code vigint clients set-ingest-limit}: a client's own frame-ingest rates. */
    @Command(
            name = "set-ingest-limit",
            mixinStandardHelpOptions = true,
            description = {
                "Sets how fast a client may send frames to /api/video/buffer, /buffer/batch and "
                        + "/multi-source/buffer, which do not count against its API calls per minute: frames per "
                        + "second for each of its sources, and bytes per second for all its sources together "
                        + "(each frame of a batch counts). 'default' puts a rate back on the server's default "
                        + "(rate_limit.ingest_frames_per_second, 30; rate_limit.ingest_bytes_per_second, 8388608). "
                        + "Either rate may arrive in bursts of rate_limit.ingest_burst_seconds (20) seconds' worth.",
                "Running servers apply it within seconds."
            })
    public static final class SetIngestLimit extends ClientCommand {
        @Option(
                names = "--frames-per-second",
                required = true,
                paramLabel = "N|default",
                description = "Frames per second per source (1 to 10000), or default.")
        private String framesPerSecond;

        @Option(
                names = "--bytes-per-second",
                required = true,
                paramLabel = "N|default",
                description = "Bytes of frames per second, all sources together (1 to 1000000000), or default.")
        private String bytesPerSecond;

        @picocli.CommandLine.Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        public SetIngestLimit(CliContext context) {
            super(context);
        }

        @Override
        public Integer call() {
            Long frames = rate("--frames-per-second", framesPerSecond);
            Long bytes = rate("--bytes-per-second", bytesPerSecond);
            // Beyond an int is out of range all the same: ClientSettings refuses it with its own message.
            Integer perSecond = frames == null ? null : (int) Math.min(frames, Integer.MAX_VALUE);
            ClientSettings settings =
                    context.get(ClientSettingsUseCase.class).setIngestLimits(clientId, perSecond, bytes);
            return print(IngestLimitView.of(
                    clientId,
                    settings,
                    context.settings().server().rateLimitSettings().ingest()));
        }

        /** A whole number, or {@code null} for {@code default}. */
        private Long rate(String option, String text) {
            String value = text.strip();
            if (value.equalsIgnoreCase("default")) {
                return null;
            }
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), option + " must be a whole number or default, got: " + text);
            }
        }
    }
}
