package io.vigint.persistence.legacy;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.client.ClientId;
import io.vigint.core.legacy.LegacyImport;
import io.vigint.core.legacy.LegacyImportLedger;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link LegacyImportLedger} over {@code legacy_imports}. Recording updates the row of the same kind and
 * reference, or inserts one (the import runs in the caller's transaction; two imports racing on one row
 * are settled by the primary key). A client's rows are deleted with it (foreign key, cascade).
 */
public record MyBatisLegacyImportLedger(LegacyImportMapper imports) implements LegacyImportLedger {
    @Override
    public Optional<LegacyImport> findImport(LegacyImport.Kind kind, String legacyRef) {
        Objects.requireNonNull(kind, "kind");
        return Optional.ofNullable(call(() -> imports.find(kind.name(), legacyRef)))
                .map(row -> new LegacyImport(
                        LegacyImport.Kind.valueOf(row.kind()),
                        row.legacyRef(),
                        new ClientId(row.clientId()),
                        row.legacyId(),
                        instant(row.importedAt())));
    }

    @Override
    public void recordImport(LegacyImport entry) {
        Objects.requireNonNull(entry, "entry");
        LegacyImportRow row = new LegacyImportRow(
                entry.kind().name(),
                entry.legacyRef(),
                entry.clientId().value(),
                entry.legacyId(),
                stored(entry.importedAt()));
        if (call(() -> imports.update(row)) == 0) {
            call(() -> imports.insert(row));
        }
    }
}
