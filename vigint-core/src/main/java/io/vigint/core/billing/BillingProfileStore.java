package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps each client's billing profile (at most one per client) and its price mode (whether its prices
 * include VAT), which can be set on its own, without a profile (the import from the original system does
 * so). Deleting a client deletes both.
 */
public interface BillingProfileStore {
    /**
     * Stores {@code profile}, replacing the client's previous one, price mode included.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client does not exist
     */
    void saveProfile(BillingProfile profile);

    /** The client's profile, if one was set. */
    Optional<BillingProfile> findProfile(ClientId clientId);

    /** The profiles of those of {@code clients} that have one (one query, whatever the number of clients). */
    Map<ClientId, BillingProfile> findProfiles(List<ClientId> clients);

    /**
     * Sets only the client's price mode, keeping its profile if it has one.
     *
     * @throws io.vigint.core.error.VigintException {@code CLIENT_NOT_FOUND} if the client does not exist
     */
    void savePricesIncludeVat(ClientId clientId, boolean pricesIncludeVat, java.time.Instant at);

    /** The price mode of those of {@code clients} for which one was set, with or without a profile. */
    Map<ClientId, Boolean> findPricesIncludeVat(List<ClientId> clients);

    /** A store with no profile and no price mode, which refuses writes: for wirings without profiles. */
    static BillingProfileStore none() {
        return new BillingProfileStore() {
            @Override
            public void saveProfile(BillingProfile profile) {
                throw new UnsupportedOperationException("no billing profile store");
            }

            @Override
            public Optional<BillingProfile> findProfile(ClientId clientId) {
                return Optional.empty();
            }

            @Override
            public Map<ClientId, BillingProfile> findProfiles(List<ClientId> clients) {
                return Map.of();
            }

            @Override
            public void savePricesIncludeVat(ClientId clientId, boolean pricesIncludeVat, java.time.Instant at) {
                throw new UnsupportedOperationException("no billing profile store");
            }

            @Override
            public Map<ClientId, Boolean> findPricesIncludeVat(List<ClientId> clients) {
                return Map.of();
            }
        };
    }
}
