package io.vigint.memory;

import io.vigint.core.client.ClientId;
import io.vigint.core.legacy.LegacyImport;
import io.vigint.core.legacy.LegacyImportLedger;
import io.vigint.core.port.ClientDataOwner;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The import ledger in memory, keyed by kind and reference; a client's entries go with its data. */
public final class InMemoryLegacyImportLedger implements LegacyImportLedger, ClientDataOwner {
    private final InMemoryTransactions tx;
    private final Map<String, LegacyImport> entries = new ConcurrentHashMap<>();

    public InMemoryLegacyImportLedger(InMemoryTransactions tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<LegacyImport> findImport(LegacyImport.Kind kind, String legacyRef) {
        return Optional.ofNullable(entries.get(key(kind, legacyRef)));
    }

    @Override
    public void recordImport(LegacyImport entry) {
        Objects.requireNonNull(entry, "entry");
        tx.change(() -> tx.put(entries, key(entry.kind(), entry.legacyRef()), entry));
    }

    @Override
    public void deleteClientData(ClientId clientId) {
        tx.change(() -> {
            List<String> owned = entries.entrySet().stream()
                    .filter(e -> e.getValue().clientId().equals(clientId))
                    .map(Map.Entry::getKey)
                    .toList();
            owned.forEach(k -> tx.remove(entries, k));
        });
    }

    private static String key(LegacyImport.Kind kind, String legacyRef) {
        return kind + "\n" + legacyRef;
    }
}
