package io.vigint.core.alert;

import java.time.Instant;
import java.util.Optional;

/**
 * Where alert cooldowns are kept (port), one per {@link IncidentKey}, so that they hold across restarts and
 * across servers sharing the store. Claiming is atomic: of any number of callers claiming the same key at
 * once, in this process or in others over the same store, exactly one gets a claim that the others then
 * see.
 */
public interface AlertCooldownStore {
    /**
     * Claims {@code key} for {@code wanted} if no cooldown of the key holds at {@code wanted.startedAt()}, or
     * the one that holds {@linkplain AlertCooldown#yieldsTo yields} to it (a higher risk level breaks
     * through): then {@code wanted} is stored in its place and the result is empty. Otherwise nothing
     * changes and the result is the cooldown in force.
     */
    Optional<AlertCooldown> claim(IncidentKey key, AlertCooldown wanted);

    /**
     * Forgets {@code claimed}, if it is still the key's cooldown (its alert could not be queued, so the
     * client's retry must not be suppressed); a cooldown claimed since is left alone.
     */
    void release(IncidentKey key, AlertCooldown claimed);

    /** Deletes every cooldown that ended at or before {@code cutoff}; returns how many. */
    int purgeEndedBy(Instant cutoff);
}
