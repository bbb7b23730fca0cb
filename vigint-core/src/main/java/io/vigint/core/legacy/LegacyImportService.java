package io.vigint.core.legacy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.NewClient;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.LegacyKeyFormat;
import io.vigint.core.key.NewApiKey;
import io.vigint.core.legacy.LegacyImportReport.ClientLine;
import io.vigint.core.legacy.LegacyImportReport.OperatorKeyOutcome;
import io.vigint.core.legacy.LegacyImportReport.Outcome;
import io.vigint.core.legacy.LegacyPlan.PlannedClient;
import io.vigint.core.legacy.LegacyPlan.PlannedKey;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Implements {@link ImportLegacyUseCase}: plans clients and keys ({@link LegacyPlan}), writes each new
 * client with its new keys in one transaction with its ledger entry, then payment details ({@link
 * LegacyPaymentImport}), usage ({@link LegacyUsageImport}) and the operator key. Imported keys keep the
 * original's hash, name, creation time and state, and are marked {@link ApiKey#legacy() legacy} so that
 * their plain text, which has no {@code vgt_} prefix, is accepted; their "last used" is the time of their
 * latest usage row.
 */
public record LegacyImportService(LegacyImportPorts ports) implements ImportLegacyUseCase {
    /** The name of the operator key made from the original's {@code SECRET_KEY}. */
    public static final String OPERATOR_KEY_NAME = "SECRET_KEY of the original Vigint";
    /** The display prefix of that key: nothing of the secret is shown. */
    public static final String OPERATOR_KEY_PREFIX = "SECRET_KEY";

    public LegacyImportService {
        Checks.nonNull("ports", ports);
    }

    @Override
    public LegacyImportReport importLegacy(LegacySource source, LegacyImportCommand command, ImportProgress progress) {
        Checks.nonNull("source command progress", source, command, progress);
        boolean dryRun = command.dryRun();
        ReportBuilder report = new ReportBuilder();
        progress.report((dryRun ? "dry run (nothing is written): " : "") + "reading " + source.description());
        List<LegacyClient> clients = source.clients();
        List<LegacyApiKey> keys = source.apiKeys();
        List<LegacyPaymentDetails> payments = source.paymentDetails();
        progress.report("the original holds " + count(clients.size(), "client") + ", " + count(keys.size(), "API key")
                + " and " + count(payments.size(), "set") + " of payment details");
        LegacyPlan plan = LegacyPlan.make(
                clients, keys, ports.clients().list(), this::importedClient, ports.apiKeys()::findByHash, report);
        for (PlannedClient client : plan.clients) {
            if (!dryRun) {
                write(client);
            }
            report.clients.count(client.outcome, 1);
            if (client.outcome == Outcome.SKIPPED) {
                report.skip("client", client.legacy.id(), client.skipReason);
            }
            Optional<Client> here =
                    client.outcome == Outcome.EXISTING ? ports.clients().findById(client.id) : Optional.empty();
            boolean active = here.map(Client::active).orElse(!client.revoked);
            String name = here.map(Client::name).orElse(client.name);
            report.clientLine(new ClientLine(
                    client.legacy.id(), client.id == null ? null : client.id.value(), name, client.outcome, active));
        }
        for (PlannedKey key : plan.keys.values()) {
            report.apiKeys.count(key.outcome, 1);
            if (key.outcome == Outcome.SKIPPED) {
                report.skip("api_key", key.legacy.id(), key.skipReason);
            }
        }
        progress.report("clients: " + report.clients.added() + " new; API keys: " + report.apiKeys.added() + " new");
        new LegacyPaymentImport(ports, report).run(plan, payments, dryRun);
        progress.report("payment details: " + report.paymentDetails.added() + " new");
        new LegacyUsageImport(ports, source, report, progress).run(plan, dryRun);
        registerSecretKey(command, report);
        progress.report(dryRun ? "dry run done: nothing was written" : "done");
        return report.build(source.description(), dryRun);
    }

    /** {@code 1 client}, {@code 2 clients}. */
    static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private Optional<ClientId> importedClient(String email) {
        return ports.ledger().findImport(LegacyImport.Kind.CLIENT, email).map(LegacyImport::clientId);
    }

    /** The client (if new) and its new keys, with the client's ledger entry, in one transaction. */
    private void write(PlannedClient client) {
        List<PlannedKey> added =
                client.keys.stream().filter(k -> k.outcome == Outcome.ADDED).toList();
        if (client.outcome == Outcome.SKIPPED || (client.outcome == Outcome.EXISTING && added.isEmpty())) {
            return;
        }
        ports.transactions().inTransaction(() -> {
            Instant now = now();
            if (client.outcome == Outcome.ADDED) {
                Client created = ports.clients()
                        .insert(new NewClient(
                                client.name,
                                client.email,
                                "Imported from the original Vigint (client " + client.legacy.id() + ")",
                                timeOr(client.legacy.createdAt(), now)));
                if (client.revoked) {
                    ports.clients().update(created.withActive(false, now));
                }
                // The original priced calls VAT included (its invoices split total / 1.21): so do the
                // imported client's invoices here, so that it pays the same for the same usage.
                ports.billingProfiles().savePricesIncludeVat(created.id(), true, now);
                ports.ledger()
                        .recordImport(new LegacyImport(
                                LegacyImport.Kind.CLIENT,
                                client.legacy.email(),
                                created.id(),
                                client.legacy.id(),
                                now));
                client.id = created.id();
            }
            for (PlannedKey key : added) {
                ApiKey stored = ports.apiKeys()
                        .insert(new NewApiKey(
                                client.id,
                                keyName(key.legacy),
                                LegacyKeyFormat.displayPrefix(key.legacy.id()),
                                key.hash,
                                timeOr(key.legacy.createdAt(), now),
                                null,
                                true));
                if (key.status != ApiKeyStatus.ACTIVE) {
                    ports.apiKeys().updateStatus(stored.id(), key.status);
                }
                key.stored = stored;
            }
            return null;
        });
    }

    private void registerSecretKey(LegacyImportCommand command, ReportBuilder report) {
        if (command.secretKey() == null) {
            return;
        }
        KeyHash hash = KeyHash.of(command.secretKey());
        if (ports.operatorKeys().findOperatorKeyByHash(hash).isPresent()) {
            report.operatorKey(OperatorKeyOutcome.EXISTING);
            return;
        }
        if (!command.dryRun()) {
            ports.transactions().inTransaction(() -> ports.operatorKeys()
                    .insertOperatorKey(new NewOperatorKey(OPERATOR_KEY_NAME, OPERATOR_KEY_PREFIX, hash, now(), true)));
        }
        report.operatorKey(OperatorKeyOutcome.ADDED);
    }

    /** The original's key name, cleaned and cut to fit, or {@code Key <original id>}. */
    private static String keyName(LegacyApiKey key) {
        return LegacyNames.clean(key.name(), IssueApiKeyCommand.MAX_NAME, "Key " + key.id());
    }

    private static Instant timeOr(Instant time, Instant fallback) {
        return time == null ? fallback : time.truncatedTo(ChronoUnit.MICROS);
    }

    private Instant now() {
        return ports.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }
}
