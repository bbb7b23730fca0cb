package io.vigint.memory;

import io.vigint.core.alert.AlertCooldown;
import io.vigint.core.alert.AlertCooldownStore;
import io.vigint.core.alert.IncidentKey;
import io.vigint.core.client.ClientId;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.util.Checks;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Alert cooldowns in memory (thread-safe; every call is atomic), for embedding and tests. They hold for this
 * process only: a restart forgets them, and other processes do not see them. As a {@link ClientDataOwner} it
 * forgets a deleted client's cooldowns.
 */
public final class InMemoryAlertCooldownStore implements AlertCooldownStore, ClientDataOwner {
    private final Map<IncidentKey, AlertCooldown> cooldowns = new HashMap<>();

    @Override
    public synchronized Optional<AlertCooldown> claim(IncidentKey key, AlertCooldown wanted) {
        Checks.nonNull("key wanted", key, wanted);
        AlertCooldown held = cooldowns.get(key);
        if (held != null && !held.yieldsTo(wanted)) {
            return Optional.of(held);
        }
        cooldowns.put(key, wanted);
        return Optional.empty();
    }

    @Override
    public synchronized void release(IncidentKey key, AlertCooldown claimed) {
        Checks.nonNull("key claimed", key, claimed);
        cooldowns.remove(key, claimed);
    }

    @Override
    public synchronized int purgeEndedBy(Instant cutoff) {
        Checks.nonNull("cutoff", cutoff);
        int before = cooldowns.size();
        cooldowns.values().removeIf(cooldown -> !cooldown.endsAt().isAfter(cutoff));
        return before - cooldowns.size();
    }

    @Override
    public synchronized void deleteClientData(ClientId clientId) {
        cooldowns.keySet().removeIf(key -> key.clientId().equals(clientId));
    }
}
