package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;

/** Sets and shows a client's billing profile (operator), and shows it to the client. */
public interface BillingProfileUseCase {
    /**
     * Stores the profile, replacing an earlier one; without a price mode in the command the client keeps
     * the one it had.
     *
     * @throws VigintException {@code CLIENT_NOT_FOUND} for an unknown client; {@code VALIDATION_FAILED}
     *     (with {@code details.field}) when the tax treatment does not fit the country, the VAT ID or the
     *     seller
     */
    BillingProfile setProfile(SetBillingProfileCommand command);

    /**
     * The client's profile.
     *
     * @throws VigintException {@code CLIENT_NOT_FOUND}, or {@code BILLING_PROFILE_NOT_FOUND} when none was set
     */
    BillingProfile profile(ClientId clientId);

    /** Whether the client's prices include VAT: its own choice, else {@code billing.prices_include_vat}. */
    boolean pricesIncludeVat(ClientId clientId);
}
