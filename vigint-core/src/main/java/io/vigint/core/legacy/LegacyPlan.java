package io.vigint.core.legacy;

import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.ApiKeyStatus;
import io.vigint.core.key.KeyHash;
import io.vigint.core.legacy.LegacyImportReport.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which original clients and keys are new here, imported before, or skipped (and why), with the name and
 * email each new client gets. A client is the same as one imported before when the {@link
 * LegacyImportLedger} has its email; a key when a key with its hash exists here. A new client whose keys
 * were all inactive in the original (so it could not call anything) is created revoked, its keys
 * suspended, so that reactivating it gives them back as the original's reactivation did; otherwise an
 * inactive key is created revoked.
 */
final class LegacyPlan {
    /** An original client and what becomes of it; {@link #id} is set once it exists here. */
    static final class PlannedClient {
        final LegacyClient legacy;
        final Outcome outcome;
        final String name;
        final String email;
        final String skipReason;
        final List<PlannedKey> keys = new ArrayList<>();
        ClientId id;
        boolean revoked;

        PlannedClient(LegacyClient legacy, Outcome outcome, ClientId id, String name, String email, String skipReason) {
            this.legacy = legacy;
            this.outcome = outcome;
            this.id = id;
            this.name = name;
            this.email = email;
            this.skipReason = skipReason;
        }
    }

    /** An original key and what becomes of it; {@link #stored} is set once it exists here. */
    static final class PlannedKey {
        final LegacyApiKey legacy;
        final PlannedClient client;
        final Outcome outcome;
        final KeyHash hash;
        final String skipReason;
        ApiKeyStatus status;
        ApiKey stored;

        PlannedKey(LegacyApiKey legacy, PlannedClient client, Outcome outcome, KeyHash hash, String skipReason) {
            this.legacy = legacy;
            this.client = client;
            this.outcome = outcome;
            this.hash = hash;
            this.skipReason = skipReason;
        }
    }

    final List<PlannedClient> clients;
    final Map<Long, PlannedKey> keys;

    private LegacyPlan(List<PlannedClient> clients, Map<Long, PlannedKey> keys) {
        this.clients = clients;
        this.keys = keys;
    }

    /**
     * Plans the import of {@code legacyClients} and {@code legacyKeys} next to {@code existing} clients;
     * {@code imported} finds a client imported before by its original email, {@code storedKey} a key here
     * by its hash.
     */
    static LegacyPlan make(
            List<LegacyClient> legacyClients,
            List<LegacyApiKey> legacyKeys,
            List<Client> existing,
            Function<String, Optional<ClientId>> imported,
            Function<KeyHash, Optional<ApiKey>> storedKey,
            ReportBuilder report) {
        LegacyNames names = new LegacyNames(existing);
        Map<Long, PlannedClient> byId = new LinkedHashMap<>();
        for (LegacyClient legacy : legacyClients) {
            byId.put(legacy.id(), planClient(legacy, names, imported, report));
        }
        Map<Long, PlannedKey> keys = new LinkedHashMap<>();
        for (LegacyApiKey legacy : legacyKeys) {
            keys.put(legacy.id(), planKey(legacy, byId.get(legacy.clientId()), storedKey));
        }
        List<PlannedClient> clients = new ArrayList<>(byId.values());
        clients.forEach(LegacyPlan::decideStatuses);
        return new LegacyPlan(clients, keys);
    }

    private static PlannedClient planClient(
            LegacyClient legacy,
            LegacyNames names,
            Function<String, Optional<ClientId>> imported,
            ReportBuilder report) {
        Optional<ClientId> before = legacy.email() == null ? Optional.empty() : imported.apply(legacy.email());
        if (before.isPresent()) {
            return new PlannedClient(legacy, Outcome.EXISTING, before.get(), legacy.name(), legacy.email(), null);
        }
        Optional<String> email = names.claimEmail(legacy, report);
        if (email.isEmpty()) {
            return new PlannedClient(
                    legacy, Outcome.SKIPPED, null, legacy.name(), legacy.email(), "not a valid email address");
        }
        return new PlannedClient(legacy, Outcome.ADDED, null, names.claimName(legacy, report), email.get(), null);
    }

    private static PlannedKey planKey(
            LegacyApiKey legacy, PlannedClient client, Function<KeyHash, Optional<ApiKey>> storedKey) {
        if (client == null) {
            return new PlannedKey(
                    legacy, null, Outcome.SKIPPED, null, "its client " + legacy.clientId() + " does not exist");
        }
        if (client.outcome == Outcome.SKIPPED) {
            return new PlannedKey(
                    legacy, client, Outcome.SKIPPED, null, "its client " + legacy.clientId() + " was skipped");
        }
        KeyHash hash;
        try {
            hash = new KeyHash(
                    legacy.keyHash() == null ? "" : legacy.keyHash().strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new PlannedKey(legacy, client, Outcome.SKIPPED, null, "its key_hash is not a SHA-256 in hex");
        }
        Optional<ApiKey> stored = storedKey.apply(hash);
        PlannedKey key =
                new PlannedKey(legacy, client, stored.isPresent() ? Outcome.EXISTING : Outcome.ADDED, hash, null);
        key.stored = stored.orElse(null);
        client.keys.add(key);
        return key;
    }

    /** Revoked client or revoked keys, for new keys that were inactive in the original. */
    private static void decideStatuses(PlannedClient client) {
        client.revoked = client.outcome == Outcome.ADDED
                && !client.keys.isEmpty()
                && client.keys.stream().noneMatch(k -> k.legacy.active());
        for (PlannedKey key : client.keys) {
            key.status = key.legacy.active()
                    ? ApiKeyStatus.ACTIVE
                    : client.revoked ? ApiKeyStatus.SUSPENDED : ApiKeyStatus.REVOKED;
        }
    }
}
