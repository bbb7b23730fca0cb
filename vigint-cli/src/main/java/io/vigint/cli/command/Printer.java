package io.vigint.cli.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.IssuedApiKey;
import io.vigint.core.key.RotatedApiKey;
import io.vigint.core.login.LoginCredential;
import io.vigint.core.operator.IssuedOperatorKey;
import io.vigint.core.operator.OperatorKey;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints command results as text for people or as JSON for scripts. Key statuses are the effective
 * ones at the clock's current time (so an expired key shows as {@code expired}). A stored hash is never
 * printed; a plain key only by the methods that receive one just issued.
 *
 * <p>JSON shapes: a client is {@code {"id","name","email","description","active","created_at",
 * "updated_at"}}; a key is {@code {"id","client_id","name","prefix","status","created_at","last_used_at",
 * "expires_at"}} with ISO-8601 UTC instants or {@code null}.
 */
public final class Printer {
    /** Shown with every plain key. */
    public static final String SHOWN_ONCE_WARNING =
            "IMPORTANT: Save this API key now. It is shown only once and cannot be retrieved later.";

    private static final String RULE = "=".repeat(80);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintStream out;
    private final PrintStream err;
    private final OutputFormat format;
    private final Clock clock;

    public Printer(PrintStream out, PrintStream err, OutputFormat format, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new client and its first key, whose plain text is printed this once. */
    public void createdClient(CreatedClient created) {
        Client client = created.client();
        IssuedApiKey key = created.apiKey();
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.set("client", client(client));
            root.put("api_key", key.plainText());
            root.set("key", key(key.key()));
            json(root);
            err.println(SHOWN_ONCE_WARNING);
            return;
        }
        out.println(RULE);
        out.println("CLIENT CREATED");
        out.println(RULE);
        out.println("Client ID: " + client.id());
        out.println("Name: " + client.name());
        out.println("Email: " + client.email());
        if (client.description() != null) {
            out.println("Description: " + client.description());
        }
        out.println();
        out.println("API key: " + key.plainText());
        out.println("Key ID: " + key.key().id() + " (name: " + key.key().name() + ")");
        out.println();
        out.println(SHOWN_ONCE_WARNING);
        out.println(RULE);
    }

    /** Every client with its keys. */
    public void clients(List<ClientWithKeys> clients) {
        if (format == OutputFormat.JSON) {
            ArrayNode array = NODES.arrayNode();
            clients.forEach(c -> array.add(clientWithKeys(c)));
            json(array);
            return;
        }
        if (clients.isEmpty()) {
            out.println("No clients.");
            return;
        }
        for (int i = 0; i < clients.size(); i++) {
            if (i > 0) {
                out.println();
            }
            clientText(clients.get(i));
        }
    }

    /** One client with its keys, after a change described by {@code headline} (text output only). */
    public void client(ClientWithKeys client, String headline) {
        if (format == OutputFormat.JSON) {
            json(clientWithKeys(client));
            return;
        }
        out.println(headline);
        out.println();
        clientText(client);
    }

    /** A client that was deleted together with {@code keyCount} keys. */
    public void deleted(Client client, int keyCount) {
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("deleted", true);
            root.set("client", client(client));
            root.put("keys_deleted", keyCount);
            json(root);
            return;
        }
        out.println("Deleted client " + client.id() + " (" + client.name() + ") and its " + keyCount + " API "
                + (keyCount == 1 ? "key." : "keys."));
    }

    /** A key just added to a client; its plain text is printed this once. */
    public void issuedKey(IssuedApiKey issued) {
        ApiKey key = issued.key();
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("api_key", issued.plainText());
            root.set("key", key(key));
            json(root);
            err.println(SHOWN_ONCE_WARNING);
            return;
        }
        out.println("API key created for client " + key.clientId() + ".");
        out.println("Key ID: " + key.id() + " (name: " + key.name() + ")");
        out.println("Expires: " + time(key.expiresAt(), "never"));
        out.println();
        out.println("API key: " + issued.plainText());
        out.println();
        out.println(SHOWN_ONCE_WARNING);
    }

    /** One client's keys. */
    public void keys(List<ApiKey> keys) {
        if (format == OutputFormat.JSON) {
            ArrayNode array = NODES.arrayNode();
            keys.forEach(k -> array.add(key(k)));
            json(array);
            return;
        }
        keyTable(keys, "");
    }

    /** A rotation: the new key (plain text printed this once) and when the old one stops working. */
    public void rotated(RotatedApiKey rotated) {
        ApiKey previous = rotated.previous();
        IssuedApiKey replacement = rotated.replacement();
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("api_key", replacement.plainText());
            root.set("key", key(replacement.key()));
            root.set("previous_key", key(previous));
            json(root);
            err.println(SHOWN_ONCE_WARNING);
            return;
        }
        ApiKey key = replacement.key();
        out.println("API key " + previous.id() + " rotated; its replacement for client " + key.clientId() + ":");
        out.println("Key ID: " + key.id() + " (name: " + key.name() + ")");
        out.println("Expires: " + time(key.expiresAt(), "never"));
        out.println();
        out.println("API key: " + replacement.plainText());
        out.println();
        out.println(SHOWN_ONCE_WARNING);
        out.println();
        String old = "The old key " + previous.id() + " (" + previous.prefix() + "...) ";
        if (previous.expiresAt() != null && previous.expiresAt().isAfter(clock.instant())) {
            out.println(old + "keeps working until " + time(previous.expiresAt(), "never") + ".");
        } else {
            out.println(old + "has stopped working.");
        }
    }

    /** A new operator key; its plain text is printed this once. */
    public void operatorKeyCreated(IssuedOperatorKey issued) {
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("admin_key", issued.plainText());
            root.set("key", operatorKey(issued.key()));
            json(root);
            err.println(SHOWN_ONCE_WARNING);
            return;
        }
        out.println(
                "Operator key " + issued.key().id() + " (name: " + issued.key().name() + ") created.");
        out.println("Send it as the X-Admin-Key header to the /admin/v1 API.");
        out.println();
        out.println("Operator key: " + issued.plainText());
        out.println();
        out.println(SHOWN_ONCE_WARNING);
    }

    /** Every operator key (never the key itself). */
    public void operatorKeys(List<OperatorKey> keys) {
        if (format == OutputFormat.JSON) {
            ArrayNode array = NODES.arrayNode();
            keys.forEach(k -> array.add(operatorKey(k)));
            json(array);
            return;
        }
        if (keys.isEmpty()) {
            out.println("No operator keys. Create one with: vigint admin-keys create --name NAME");
            return;
        }
        out.printf("%-7s %-20s %-13s %-8s %-21s %s%n", "KEY ID", "NAME", "PREFIX", "STATUS", "CREATED", "LAST USED");
        for (OperatorKey k : keys) {
            out.printf(
                    "%-7s %-20s %-13s %-8s %-21s %s%n",
                    k.id(),
                    k.name(),
                    k.prefix(),
                    k.active() ? "active" : "revoked",
                    time(k.createdAt(), "never"),
                    time(k.lastUsedAt(), "never"));
        }
    }

    /** An operator key that was revoked. */
    public void operatorKeyRevoked(OperatorKey key) {
        if (format == OutputFormat.JSON) {
            json(operatorKey(key));
            return;
        }
        out.println("Revoked operator key " + key.id() + " (" + key.name() + ").");
    }

    /** A client's login was set (the password is never printed). */
    public void loginSet(LoginCredential login) {
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("client_id", login.clientId().value());
            root.put("username", login.username());
            root.put("updated_at", iso(login.updatedAt()));
            json(root);
            return;
        }
        out.println("Login set for client " + login.clientId() + ": username " + login.username() + ".");
        out.println("The client exchanges it for a token with POST /auth/token (form fields username, password).");
    }

    /** A client's rate limit after a change; {@code serverDefault} applies when it has none of its own. */
    public void rateLimit(ClientId clientId, ClientSettings settings, int serverDefault) {
        Integer own = settings.rateLimitPerMinute();
        if (format == OutputFormat.JSON) {
            ObjectNode root = NODES.objectNode();
            root.put("client_id", clientId.value());
            if (own == null) {
                root.putNull("per_minute");
            } else {
                root.put("per_minute", own);
            }
            root.put("uses_server_default", own == null);
            json(root);
            return;
        }
        out.println(
                own == null
                        ? "Client " + clientId + " uses the server's default rate limit (" + serverDefault
                                + " requests per minute)."
                        : "Client " + clientId + " may make " + own + " requests per minute.");
    }

    private static ObjectNode operatorKey(OperatorKey key) {
        ObjectNode node = NODES.objectNode();
        node.put("id", key.id().value());
        node.put("name", key.name());
        node.put("prefix", key.prefix());
        node.put("status", key.active() ? "active" : "revoked");
        node.put("created_at", iso(key.createdAt()));
        node.put("last_used_at", iso(key.lastUsedAt()));
        return node;
    }

    private void clientText(ClientWithKeys entry) {
        Client client = entry.client();
        out.println("Client " + client.id() + ": " + client.name() + " <" + client.email() + ">, "
                + (client.active() ? "active" : "revoked") + ", created " + time(client.createdAt(), ""));
        if (client.description() != null) {
            out.println("  Description: " + client.description());
        }
        if (entry.keys().isEmpty()) {
            out.println("  No API keys.");
        } else {
            keyTable(entry.keys(), "  ");
        }
    }

    private void keyTable(List<ApiKey> keys, String indent) {
        if (keys.isEmpty()) {
            out.println(indent + "No API keys.");
            return;
        }
        Instant now = clock.instant();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KEY ID", "NAME", "PREFIX", "STATUS", "CREATED", "LAST USED", "EXPIRES"});
        for (ApiKey key : keys) {
            rows.add(new String[] {
                key.id().toString(),
                key.name(),
                key.prefix(),
                key.effectiveStatusAt(now).label(),
                time(key.createdAt(), ""),
                time(key.lastUsedAt(), "never"),
                time(key.expiresAt(), "never")
            });
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private ObjectNode clientWithKeys(ClientWithKeys entry) {
        ObjectNode node = client(entry.client());
        ArrayNode keys = node.putArray("keys");
        entry.keys().forEach(k -> keys.add(key(k)));
        return node;
    }

    private static ObjectNode client(Client client) {
        ObjectNode node = NODES.objectNode();
        node.put("id", client.id().value());
        node.put("name", client.name());
        node.put("email", client.email());
        node.put("description", client.description());
        node.put("active", client.active());
        node.put("created_at", iso(client.createdAt()));
        node.put("updated_at", iso(client.updatedAt()));
        return node;
    }

    private ObjectNode key(ApiKey key) {
        ObjectNode node = NODES.objectNode();
        node.put("id", key.id().value());
        node.put("client_id", key.clientId().value());
        node.put("name", key.name());
        node.put("prefix", key.prefix());
        node.put("status", key.effectiveStatusAt(clock.instant()).label());
        node.put("created_at", iso(key.createdAt()));
        node.put("last_used_at", iso(key.lastUsedAt()));
        node.put("expires_at", iso(key.expiresAt()));
        return node;
    }

    private void json(Object node) {
        try {
            out.println(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** An instant to the second, for people. */
    private static String time(Instant instant, String ifAbsent) {
        return instant == null
                ? ifAbsent
                : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
