package io.vigint.persistence.billing;

import static io.vigint.persistence.SqlFailures.call;
import static io.vigint.persistence.StoredTime.stored;

import io.vigint.core.billing.BillingProfile;
import io.vigint.core.billing.BillingProfileStore;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.TaxTreatment;
import io.vigint.core.billing.VatId;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.persistence.SqlFailures;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link BillingProfileStore} over {@code billing_profiles}: one row per client holding its profile and
 * price mode, or only its price mode. A profile of a client that does not exist is {@code CLIENT_NOT_FOUND}.
 */
public record MyBatisBillingProfileStore(BillingProfileMapper mapper) implements BillingProfileStore {
    @Override
    public void saveProfile(BillingProfile p) {
        BillingProfileRow row = new BillingProfileRow(
                p.clientId().value(),
                p.legalName(),
                String.join("\n", p.addressLines()),
                p.country(),
                p.vatId().map(VatId::value).orElse(null),
                p.taxTreatment().code(),
                p.pricesIncludeVat().orElse(null),
                stored(p.updatedAt()));
        write(() -> mapper.upsertProfile(row));
    }

    @Override
    public void savePricesIncludeVat(ClientId clientId, boolean pricesIncludeVat, Instant at) {
        write(() -> mapper.upsertPriceMode(new PriceModeRow(clientId.value(), pricesIncludeVat, stored(at))));
    }

    private static void write(Runnable upsert) {
        try {
            upsert.run();
        } catch (RuntimeException e) {
            if (SqlFailures.isUniqueViolation(e) || SqlFailures.isForeignKeyViolation(e)) {
                throw new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, CoreErrorCode.CLIENT_NOT_FOUND.defaultMessage(), Map.of(), e);
            }
            throw SqlFailures.translate(e);
        }
    }

    @Override
    public Optional<BillingProfile> findProfile(ClientId clientId) {
        return Optional.ofNullable(findProfiles(List.of(clientId)).get(clientId));
    }

    @Override
    public Map<ClientId, BillingProfile> findProfiles(List<ClientId> clients) {
        Map<ClientId, BillingProfile> found = new HashMap<>();
        for (BillingProfileRow row : rows(clients)) {
            if (row.legalName() != null) {
                found.put(new ClientId(row.clientId()), profile(row));
            }
        }
        return found;
    }

    @Override
    public Map<ClientId, Boolean> findPricesIncludeVat(List<ClientId> clients) {
        Map<ClientId, Boolean> found = new HashMap<>();
        for (BillingProfileRow row : rows(clients)) {
            if (row.pricesIncludeVat() != null) {
                found.put(new ClientId(row.clientId()), row.pricesIncludeVat());
            }
        }
        return found;
    }

    private List<BillingProfileRow> rows(List<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        Long[] ids = clients.stream().map(ClientId::value).toArray(Long[]::new);
        return call(() -> mapper.selectProfiles(ids));
    }

    /**
     * A stored VAT ID is taken as stored: it was validated when it was set, and a later, stricter check
     * must not make a stored profile unreadable.
     */
    private static BillingProfile profile(BillingProfileRow row) {
        return new BillingProfile(
                new ClientId(row.clientId()),
                row.legalName(),
                InvoiceParty.lines(row.address()),
                row.country(),
                Optional.ofNullable(row.vatId()).map(MyBatisBillingProfileStore::storedVatId),
                TaxTreatment.parse(row.taxTreatment()),
                Optional.ofNullable(row.pricesIncludeVat()),
                row.updatedAt().toInstant());
    }

    private static VatId storedVatId(String value) {
        return new VatId(value);
    }
}
