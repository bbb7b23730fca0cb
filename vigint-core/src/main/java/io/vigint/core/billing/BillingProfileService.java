package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Implements {@link BillingProfileUseCase}; the treatment is checked against the seller of {@code settings}. */
public record BillingProfileService(
        ClientStore clients,
        BillingProfileStore store,
        BillingSettings settings,
        TransactionRunner transactions,
        Clock clock)
        implements BillingProfileUseCase {
    public BillingProfileService {
        Checks.nonNull("clients store settings transactions clock", clients, store, settings, transactions, clock);
    }

    @Override
    public BillingProfile setProfile(SetBillingProfileCommand command) {
        TaxRules.check(command, settings.seller().country());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.inTransaction(() -> {
            requireClient(command.clientId());
            Optional<Boolean> pricesIncludeVat = command.pricesIncludeVat()
                    .or(() -> Optional.ofNullable(store.findPricesIncludeVat(List.of(command.clientId()))
                            .get(command.clientId())));
            BillingProfile profile = new BillingProfile(
                    command.clientId(),
                    command.legalName(),
                    command.addressLines(),
                    command.country(),
                    command.vatId(),
                    command.taxTreatment(),
                    pricesIncludeVat,
                    now);
            store.saveProfile(profile);
            return profile;
        });
    }

    @Override
    public BillingProfile profile(ClientId clientId) {
        requireClient(clientId);
        return store.findProfile(clientId)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.BILLING_PROFILE_NOT_FOUND,
                        CoreErrorCode.BILLING_PROFILE_NOT_FOUND.defaultMessage(),
                        Map.of("client_id", clientId.value())));
    }

    @Override
    public boolean pricesIncludeVat(ClientId clientId) {
        requireClient(clientId);
        return store.findPricesIncludeVat(List.of(clientId)).getOrDefault(clientId, settings.pricesIncludeVat());
    }

    private void requireClient(ClientId clientId) {
        if (clients.findById(clientId).isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.CLIENT_NOT_FOUND,
                    CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(),
                    Map.of("client_id", clientId.value()));
        }
    }
}
