package io.vigint.core.admin;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.core.client.ClientSettingsStore;
import io.vigint.core.client.ClientSettingsUseCase;
import io.vigint.core.client.ClientStore;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.TransactionRunner;
import java.util.Objects;

/**
 * A client's settings (its rate limit). Reading and changing each run in one transaction; a change is
 * announced to the {@link AccessChangeNotifier} inside it, so cached limits are dropped.
 */
public final class ClientSettingsService implements ClientSettingsUseCase {
    private final ClientStore clients;
    private final ClientSettingsStore settings;
    private final TransactionRunner transactions;
    private final AccessChangeNotifier notifier;

    public ClientSettingsService(
            ClientStore clients,
            ClientSettingsStore settings,
            TransactionRunner transactions,
            AccessChangeNotifier notifier) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
    }

    @Override
    public ClientSettings settingsOf(ClientId clientId) {
        return transactions.inTransaction(() -> {
            ClientRecords.requireClient(clients, clientId);
            return settings.settingsOf(clientId);
        });
    }

    @Override
    public ClientSettings setRateLimit(ClientId clientId, Integer perMinute) {
        return transactions.inTransaction(() -> {
            ClientRecords.requireClient(clients, clientId);
            settings.putSettings(clientId, new ClientSettings(perMinute));
            notifier.accessChanged(clientId);
            return settings.settingsOf(clientId);
        });
    }
}
