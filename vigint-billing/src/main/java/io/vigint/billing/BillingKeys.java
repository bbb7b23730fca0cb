package io.vigint.billing;

import io.vigint.core.config.SettingKey;
import java.util.Locale;

/** Declares billing's settings by the one naming rule they follow. */
public final class BillingKeys {
    private BillingKeys() {}

    /**
     * The setting {@code property}, whose environment variable is {@code VIGINT_} and the property in
     * upper case with dots as underscores ({@code billing.vat_rate}: {@code VIGINT_BILLING_VAT_RATE}).
     */
    public static SettingKey key(String property, String defaultValue, String help) {
        return new SettingKey(
                property, "VIGINT_" + property.toUpperCase(Locale.ROOT).replace('.', '_'), defaultValue, help);
    }
}
