package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import io.vigint.cli.CliRun.Result;
import io.vigint.cli.CliRun.ScriptedTerminal;
import io.vigint.cli.command.view.ShownOnce;
import io.vigint.core.auth.AuthenticationResult;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.key.KeyHash;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.DatabaseCore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's admin workflow ({@code manage_clients.py}) and its failure cases, run through {@link Main}
 * in-process against a real database: each subclass says which one.
 */
abstract class CliIT {
    private static final Pattern PLAIN_KEY = Pattern.compile("API key: (vgt_[A-Za-z0-9_-]{43})");

    @TempDir
    Path workingDirectory;

    /** The options that select this test's database. */
    abstract List<String> databaseOptions();

    /** The same database, for checking effects without the CLI. */
    abstract DatabaseSettings databaseSettings();

    // ---- the seed workflow

    @Test
    void seedWorkflowCreatesListsRevokesReactivatesRotatesAndDeletes() {
        Result created = vigint("clients", "create", "--name", "Acme Corporation", "--email", "security@acme.com");
        assertThat(created.status()).as(created.toString()).isZero();
        assertThat(created.out())
                .contains("CLIENT CREATED", "Client ID: 1", "Name: Acme Corporation", "Email: security@acme.com")
                .contains("Key ID: 1 (name: default)")
                .contains("IMPORTANT: Save this API key now. It is shown only once and cannot be retrieved later.");
        String acmeKey = plainKey(created);
        assertThat(created.err()).doesNotContain(acmeKey);
        assertThat(authenticate(acmeKey)).isInstanceOf(AuthenticationResult.Authenticated.class);

        Result beta = vigint("clients", "create", "--name", "Beta", "--email", "ops@beta.example", "--output", "json");
        assertThat(beta.status()).as(beta.toString()).isZero();
        JsonNode betaJson = beta.json();
        assertThat(betaJson.at("/client/id").asLong()).isEqualTo(2);
        assertThat(betaJson.at("/client/name").asText()).isEqualTo("Beta");
        assertThat(betaJson.at("/client/active").asBoolean()).isTrue();
        assertThat(betaJson.at("/key/status").asText()).isEqualTo("active");
        assertThat(betaJson.at("/key/client_id").asLong()).isEqualTo(2);
        String betaKey = betaJson.get("api_key").asText();
        assertThat(betaKey).startsWith("vgt_").hasSize(47);
        assertThat(betaJson.at("/key/prefix").asText()).isEqualTo(betaKey.substring(0, 12));
        assertThat(beta.err()).doesNotContain(betaKey);

        Result second = vigint("keys", "create", "--client-id", "1", "--name", "ci", "--expires-in", "30d");
        assertThat(second.status()).as(second.toString()).isZero();
        assertThat(second.out()).contains("API key created for client 1.", "Key ID: 3 (name: ci)");
        String ciKey = plainKey(second);
        assertThat(authenticate(ciKey)).isInstanceOf(AuthenticationResult.Authenticated.class);

        Result listed = vigint("clients", "list");
        assertThat(listed.status()).as(listed.toString()).isZero();
        assertThat(listed.out())
                .contains("Client 1: Acme Corporation <security@acme.com>, active")
                .contains("Client 2: Beta <ops@beta.example>, active")
                .contains(acmeKey.substring(0, 12), betaKey.substring(0, 12), ciKey.substring(0, 12))
                .doesNotContain(acmeKey, betaKey, ciKey, KeyHash.of(acmeKey).hex());
        JsonNode all = vigint("clients", "list", "--output", "json").json();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("keys")).hasSize(2);
        assertThat(all.get(0).at("/keys/1/name").asText()).isEqualTo("ci");
        assertThat(all.get(0).at("/keys/1/expires_at").isTextual()).isTrue();
        assertThat(all.get(0).at("/keys/0/expires_at").isNull()).isTrue();
        assertThat(all.get(0).at("/keys/0/last_used_at").isTextual())
                .as("authentication recorded a use")
                .isTrue();

        Result revoked = vigint("clients", "revoke", "--client-id", "1");
        assertThat(revoked.status()).as(revoked.toString()).isZero();
        assertThat(revoked.out())
                .contains("Revoked access of client 1.")
                .contains("Client 1: Acme Corporation <security@acme.com>, revoked")
                .contains("suspended");
        assertThat(rejection(acmeKey)).isEqualTo(CoreErrorCode.KEY_REVOKED);
        assertThat(rejection(ciKey)).isEqualTo(CoreErrorCode.KEY_REVOKED);
        assertThat(authenticate(betaKey)).isInstanceOf(AuthenticationResult.Authenticated.class);

        Result reactivated = vigint("clients", "reactivate", "--client-id", "1", "--key-id", "3", "--output", "json");
        assertThat(reactivated.status()).as(reactivated.toString()).isZero();
        JsonNode acme = reactivated.json();
        assertThat(acme.get("active").asBoolean()).isTrue();
        assertThat(acme.at("/keys/0/status").asText()).isEqualTo("suspended");
        assertThat(acme.at("/keys/1/status").asText()).isEqualTo("active");
        assertThat(rejection(acmeKey)).isEqualTo(CoreErrorCode.KEY_REVOKED);
        assertThat(authenticate(ciKey)).isInstanceOf(AuthenticationResult.Authenticated.class);

        Result rotated = vigint("keys", "rotate", "--key-id", "3", "--grace", "1h");
        assertThat(rotated.status()).as(rotated.toString()).isZero();
        assertThat(rotated.out())
                .contains("API key 3 rotated; its replacement for client 1:", "Key ID: 4 (name: ci)")
                .contains(ShownOnce.WARNING)
                .containsPattern("The old key 3 \\(vgt_[A-Za-z0-9_-]{8}\\.\\.\\.\\) keeps working until 20");
        String rotatedKey = plainKey(rotated);
        assertThat(authenticate(rotatedKey)).isInstanceOf(AuthenticationResult.Authenticated.class);
        assertThat(authenticate(ciKey))
                .as("the old key works during the grace period")
                .isInstanceOf(AuthenticationResult.Authenticated.class);

        Result deleted = vigint("clients", "delete", "--client-id", "1", "--force");
        assertThat(deleted.status()).as(deleted.toString()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted client 1 (Acme Corporation) and its 3 API keys." + NL);
        JsonNode remaining = vigint("clients", "list", "--output", "json").json();
        assertThat(remaining).hasSize(1);
        assertThat(remaining.at("/0/name").asText()).isEqualTo("Beta");
        assertThat(rejection(rotatedKey)).isEqualTo(CoreErrorCode.INVALID_API_KEY);
        assertThat(rejection(ciKey)).isEqualTo(CoreErrorCode.INVALID_API_KEY);
        assertThat(authenticate(betaKey)).isInstanceOf(AuthenticationResult.Authenticated.class);
    }

    @Test
    void keysListShowsOneClientsKeysWithoutTheKeys() {
        String key = plainKey(createAcme());
        vigint("keys", "create", "--client-id", "1", "--name", "backup");
        Result text = vigint("keys", "list", "--client-id", "1");
        assertThat(text.status()).as(text.toString()).isZero();
        assertThat(text.out().lines()).first().asString().startsWith("KEY ID  NAME     PREFIX        STATUS  CREATED");
        assertThat(text.out())
                .contains("default", "backup", key.substring(0, 12))
                .doesNotContain(key);
        JsonNode json =
                vigint("keys", "list", "--client-id", "1", "--output", "json").json();
        assertThat(json).hasSize(2);
        assertThat(json.at("/1/name").asText()).isEqualTo("backup");
        assertThat(json.get(0).has("hash")).isFalse();
    }

    @Test
    void rotatedKeyStopsWorkingWhenTheGracePeriodEnds() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        UnaryOperator<Module> fixedClock = modules -> Modules.override(modules)
                .with(binder -> binder.bind(Clock.class).toInstance(clock));
        CliRun cli = new CliRun(workingDirectory, Map.of(), fixedClock);
        Result created = cli.run(args("clients", "create", "--name", "Acme", "--email", "a@acme.example"));
        String old = plainKey(created);

        Result rotated = cli.run(args("keys", "rotate", "--key-id", "1", "--grace", "24h"));
        assertThat(rotated.out()).contains("keeps working until 2026-03-02T10:00:00Z.");
        clock.advance(Duration.ofHours(25));

        JsonNode keys = cli.run(args("keys", "list", "--client-id", "1", "--output", "json"))
                .json();
        assertThat(keys.at("/0/status").asText()).isEqualTo("expired");
        assertThat(keys.at("/1/status").asText()).isEqualTo("active");
        assertThat(keys.at("/0/expires_at").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(rejection(old, clock)).isEqualTo(CoreErrorCode.KEY_EXPIRED);
        assertThat(authenticate(plainKey(rotated), clock)).isInstanceOf(AuthenticationResult.Authenticated.class);

        Result again = cli.run(args("keys", "rotate", "--key-id", "1"));
        assertThat(again.status()).isEqualTo(Main.FAILED);
        assertThat(again.err()).isEqualTo("error: API key 1 is expired; only an active key can be rotated" + NL);
    }

    @Test
    void rotateWithoutGraceStopsTheOldKeyAtOnce() {
        String old = plainKey(createAcme());
        Result rotated = vigint("keys", "rotate", "--key-id", "1");
        assertThat(rotated.status()).as(rotated.toString()).isZero();
        assertThat(rotated.out()).contains("The old key 1 (" + old.substring(0, 12) + "...) has stopped working.");
        assertThat(rejection(old)).isEqualTo(CoreErrorCode.KEY_EXPIRED);
        assertThat(authenticate(plainKey(rotated))).isInstanceOf(AuthenticationResult.Authenticated.class);
    }

    // ---- refusals: one line on stderr, exit 1, nothing written

    @Test
    void emptyNameIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: name must not be empty",
                "clients",
                "create",
                "--name",
                " ",
                "--email",
                "x@y.example");
    }

    @Test
    void overLongNameIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: name must be at most 100 characters",
                "clients",
                "create",
                "--name",
                "n".repeat(101),
                "--email",
                "x@y.example");
    }

    @Test
    void invalidEmailIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: email is not a valid email address: not-an-email",
                "clients",
                "create",
                "--name",
                "Other",
                "--email",
                "not-an-email");
    }

    @Test
    void duplicateNameIgnoringCaseIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: A client named 'ACME CORPORATION' already exists",
                "clients",
                "create",
                "--name",
                "ACME CORPORATION",
                "--email",
                "other@acme.com");
    }

    @Test
    void duplicateEmailIgnoringCaseIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: A client with email 'Security@ACME.com' already exists",
                "clients",
                "create",
                "--name",
                "Acme Two",
                "--email",
                "Security@ACME.com");
    }

    @Test
    void unknownClientIdIsRefusedByEveryCommand() {
        for (String[] command : List.of(
                new String[] {"clients", "revoke", "--client-id", "99"},
                new String[] {"clients", "reactivate", "--client-id", "99"},
                new String[] {"clients", "delete", "--client-id", "99", "--force"},
                new String[] {"keys", "create", "--client-id", "99"},
                new String[] {"keys", "list", "--client-id", "99"})) {
            assertRefusedWithoutChange(Main.FAILED, "error: No client with id 99", command);
        }
    }

    @Test
    void unknownKeyIdIsRefused() {
        assertRefusedWithoutChange(Main.FAILED, "error: No API key with id 99", "keys", "rotate", "--key-id", "99");
        assertRefusedWithoutChange(
                Main.FAILED, "error: No API key with id 99", "clients", "revoke", "--client-id", "1", "--key-id", "99");
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: No API key with id 99",
                "clients",
                "reactivate",
                "--client-id",
                "1",
                "--key-id",
                "99");
    }

    @Test
    void keyOfAnotherClientIsNotFound() {
        createAcme();
        vigint("clients", "create", "--name", "Beta", "--email", "ops@beta.example");
        Result result = vigint("clients", "revoke", "--client-id", "1", "--key-id", "2");
        assertThat(result.status()).isEqualTo(Main.FAILED);
        assertThat(result.err()).isEqualTo("error: No API key with id 2" + NL);
    }

    @Test
    void rotatingARevokedKeyIsRefused() {
        createAcme();
        assertThat(vigint("clients", "revoke", "--client-id", "1", "--key-id", "1")
                        .status())
                .isZero();
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: API key 1 is revoked; only an active key can be rotated",
                "keys",
                "rotate",
                "--key-id",
                "1");
    }

    @Test
    void issuingAKeyForARevokedClientIsRefused() {
        createAcme();
        assertThat(vigint("clients", "revoke", "--client-id", "1").status()).isZero();
        assertRefusedWithoutChange(
                Main.FAILED, "error: Client 1 is revoked; reactivate it first", "keys", "create", "--client-id", "1");
    }

    @Test
    void deleteWithoutForceAndWithoutTerminalRefusesAndDeletesNothing() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: not deleting client Acme Corporation (id 1): there is no terminal to confirm on; "
                        + "pass --force to delete without confirmation",
                "clients",
                "delete",
                "--client-id",
                "1");
    }

    @Test
    void deleteOnATerminalProceedsOnlyWhenTheNameIsTypedExactly() {
        createAcme();
        ScriptedTerminal wrong = new ScriptedTerminal("acme corporation");
        Result refused = new CliRun(workingDirectory).run(wrong, args("clients", "delete", "--client-id", "1"));
        assertThat(refused.status()).isEqualTo(Main.FAILED);
        assertThat(wrong.prompts)
                .containsExactly(
                        "Type the client name to confirm deletion of Acme Corporation (id 1) and all its keys: ");
        assertThat(refused.err())
                .isEqualTo("error: not deleting client Acme Corporation (id 1): the name typed does not match; "
                        + "nothing was deleted" + NL);
        assertThat(vigint("clients", "list", "--output", "json").json()).hasSize(1);

        ScriptedTerminal right = new ScriptedTerminal("Acme Corporation");
        Result deleted = new CliRun(workingDirectory).run(right, args("clients", "delete", "--client-id", "1"));
        assertThat(deleted.status()).as(deleted.toString()).isZero();
        assertThat(vigint("clients", "list", "--output", "json").json()).isEmpty();
    }

    // ---- usage errors: exit 2

    @Test
    void nonNumericIdIsAUsageError() {
        assertRefusedWithoutChange(
                Main.USAGE,
                "error: Invalid value for option '--client-id': 'abc' is not a client id (a positive whole number) "
                        + "(see 'vigint clients revoke --help')",
                "clients",
                "revoke",
                "--client-id",
                "abc");
        assertRefusedWithoutChange(
                Main.USAGE,
                "error: Invalid value for option '--key-id': '0' is not a key id (a positive whole number) "
                        + "(see 'vigint keys rotate --help')",
                "keys",
                "rotate",
                "--key-id",
                "0");
    }

    @Test
    void malformedDurationIsAUsageError() {
        assertRefusedWithoutChange(
                Main.USAGE,
                "error: Invalid value for option '--grace': duration must be a number followed by s, m, h or d "
                        + "(for example 30d), got: 2 days (see 'vigint keys rotate --help')",
                "keys",
                "rotate",
                "--key-id",
                "1",
                "--grace",
                "2 days");
    }

    @Test
    void outOfRangeDurationIsRefused() {
        assertRefusedWithoutChange(
                Main.FAILED,
                "error: grace must be between 0s and 30d",
                "keys",
                "rotate",
                "--key-id",
                "1",
                "--grace",
                "31d");
    }

    @Test
    void malformedDatabaseUrlIsAUsageError() {
        createAcme();
        Result result = new CliRun(workingDirectory)
                .run(List.of(
                        "clients", "create", "--name", "X", "--email", "x@x.example", "--database-url", "mysql://x"));
        assertThat(result.status()).isEqualTo(Main.USAGE);
        assertThat(result.errLines())
                .containsExactly("error: invalid database URL from --database-url: Unsupported database URL "
                        + "'mysql://x': use jdbc:postgresql://host:port/database or jdbc:h2:file:/path/to/database");
        assertThat(result.out()).isEmpty();
        assertThat(clientNames()).containsExactly("Acme Corporation");
    }

    @Test
    void unreachableDatabaseFailsWithOneLine() {
        createAcme();
        Result result = new CliRun(workingDirectory)
                .run(List.of(
                        "clients",
                        "create",
                        "--name",
                        "X",
                        "--email",
                        "x@x.example",
                        "--database-url",
                        "jdbc:postgresql://127.0.0.1:1/x"));
        assertThat(result.status()).isEqualTo(Main.FAILED);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.errLines().get(0)).startsWith("error: cannot connect to jdbc:postgresql://127.0.0.1:1/x: ");
        assertThat(result.out()).isEmpty();
        assertThat(clientNames()).containsExactly("Acme Corporation");
    }

    // ---- helpers

    static final String NL = System.lineSeparator();

    /** Creates Acme, runs {@code args}, and checks the failure and that the client list did not change. */
    private void assertRefusedWithoutChange(int status, String message, String... args) {
        if (clientNames().isEmpty()) {
            createAcme();
        }
        JsonNode before = vigint("clients", "list", "--output", "json").json();
        Result result = vigint(args);
        assertThat(result.status()).as(result.toString()).isEqualTo(status);
        assertThat(result.err()).as(result.toString()).isEqualTo(message + NL);
        assertThat(result.out()).isEmpty();
        JsonNode after = vigint("clients", "list", "--output", "json").json();
        assertThat(after).isEqualTo(before);
    }

    private Result createAcme() {
        Result created = vigint("clients", "create", "--name", "Acme Corporation", "--email", "security@acme.com");
        assertThat(created.status()).as(created.toString()).isZero();
        return created;
    }

    private List<String> clientNames() {
        List<String> names = new ArrayList<>();
        vigint("clients", "list", "--output", "json")
                .json()
                .forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private Result vigint(String... args) {
        return new CliRun(workingDirectory).run(args(args));
    }

    private List<String> args(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(databaseOptions());
        return all;
    }

    private static String plainKey(Result result) {
        Matcher matcher = PLAIN_KEY.matcher(result.out());
        assertThat(matcher.find()).as("a plain key in: " + result).isTrue();
        return matcher.group(1);
    }

    private AuthenticationResult authenticate(String key) {
        return authenticate(key, Clock.systemUTC());
    }

    /** Authenticates with the core over the same database, as the server would. */
    private AuthenticationResult authenticate(String key, Clock clock) {
        try (Database database = Database.open(databaseSettings())) {
            return DatabaseCore.builder(database.stores())
                    .clock(clock)
                    .build()
                    .authentication()
                    .authenticate(key);
        }
    }

    private ErrorCode rejection(String key) {
        return rejection(key, Clock.systemUTC());
    }

    private ErrorCode rejection(String key, Clock clock) {
        AuthenticationResult result = authenticate(key, clock);
        assertThat(result).isInstanceOf(AuthenticationResult.Rejected.class);
        return ((AuthenticationResult.Rejected) result).reason();
    }
}
