package io.vigint.persistence.alert;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.instant;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.alert.AlertCooldown;
import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.alert.IncidentKey;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import io.vigint.core.video.analysis.RiskLevel;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link AlertCooldownStore} over the {@code alert_cooldowns} table, shared by every server on the database.
 * A claim is its own transaction, visible to other servers once it returns, so claim outside a longer
 * transaction. A client's rows go with the client (the schema cascades).
 */
public record MyBatisAlertCooldownStore(AlertCooldownMapper cooldowns, TransactionRunner transactions)
        implements AlertCooldownStore {
    /** How often a claim retries when the row that held the key vanished (purged) before it could be read. */
    private static final int CLAIM_ATTEMPTS = 5;

    public MyBatisAlertCooldownStore {
        Checks.nonNull("cooldowns transactions", cooldowns, transactions);
    }

    /**
     * Inserts the key's row unless there is one ({@code ON CONFLICT DO NOTHING}, which waits for a racing
     * uncommitted insert), else replaces it with one conditional {@code UPDATE} (the database re-checks the
     * condition on the row a racing claimer committed); when neither wrote, the row in force is read and
     * returned. No read decides a write, so there is no window between them for another server.
     */
    @Override
    public Optional<AlertCooldown> claim(IncidentKey key, AlertCooldown wanted) {
        AlertCooldownRow row = row(key, wanted);
        return transactions.inTransaction(() -> call(() -> {
            for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
                if (cooldowns.insertIfAbsent(row) > 0 || cooldowns.replaceIfYielding(row) > 0) {
                    return Optional.<AlertCooldown>empty();
                }
                AlertCooldownRow held = cooldowns.find(row.clientId(), row.sourceId(), row.incidentType());
                if (held != null) {
                    return Optional.of(toCooldown(held));
                }
            }
            throw new IllegalStateException("the alert cooldown of " + key + " was deleted " + CLAIM_ATTEMPTS
                    + " times while this alert tried to claim it");
        }));
    }

    @Override
    public void release(IncidentKey key, AlertCooldown claimed) {
        AlertCooldownRow row = row(key, claimed);
        call(() -> cooldowns.deleteClaim(row));
    }

    @Override
    public int purgeEndedBy(Instant cutoff) {
        Checks.nonNull("cutoff", cutoff);
        return call(() -> cooldowns.deleteEndedBy(stored(cutoff)));
    }

    private static AlertCooldownRow row(IncidentKey key, AlertCooldown cooldown) {
        Checks.nonNull("key cooldown", key, cooldown);
        return new AlertCooldownRow(
                key.clientId().value(),
                key.sourceId(),
                key.incidentType(),
                stored(cooldown.startedAt()),
                stored(cooldown.endsAt()),
                cooldown.riskLevel().name(),
                cooldown.riskLevel().ordinal());
    }

    private static AlertCooldown toCooldown(AlertCooldownRow row) {
        return new AlertCooldown(instant(row.startedAt()), instant(row.endsAt()), RiskLevel.valueOf(row.riskLevel()));
    }
}
