package io.vigint.app.config;

import io.vigint.billing.document.Seller;
import io.vigint.billing.schedule.CadenceTime;
import io.vigint.billing.schedule.InvoiceSchedule;
import io.vigint.core.schedule.Cadence;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When {@code vigint serve} runs the invoice batch, and who the invoices say they are from. Times are
 * UTC: weekly {@code DAY HH:MM} ({@code MON 00:05}), monthly and quarterly {@code D HH:MM} with the day
 * from 1 to 28 ({@code 1 00:05}: the 1st of each month, or of January, April, July and October); any
 * cadence can be {@code off}.
 *
 * @param schedule whether and when the batch runs
 * @param sellerName the seller's name on invoices (default {@code Vigint})
 * @param sellerAddress the seller's address, lines separated by {@code ;} (default none)
 */
public record ScheduleConfig(InvoiceSchedule schedule, String sellerName, String sellerAddress) {

    /** Every setting of this record: its config-file key, environment variable and default. */
    public enum Key implements SettingKey {
        ENABLED("billing.schedule.enabled", "VIGINT_BILLING_SCHEDULE_ENABLED", "true"),
        WEEKLY("billing.schedule.weekly", "VIGINT_BILLING_SCHEDULE_WEEKLY", "MON 00:05"),
        MONTHLY("billing.schedule.monthly", "VIGINT_BILLING_SCHEDULE_MONTHLY", "1 00:05"),
        QUARTERLY("billing.schedule.quarterly", "VIGINT_BILLING_SCHEDULE_QUARTERLY", "1 00:05"),
        SELLER_NAME("billing.seller.name", "VIGINT_BILLING_SELLER_NAME", "Vigint"),
        SELLER_ADDRESS("billing.seller.address", "VIGINT_BILLING_SELLER_ADDRESS", "");

        private final Setting setting;

        Key(String property, String environmentVariable, String defaultValue) {
            setting = new Setting(property, environmentVariable, defaultValue);
        }

        @Override
        public Setting setting() {
            return setting;
        }
    }

    /** The seller as documents show it. */
    public Seller seller() {
        return Seller.of(sellerName, sellerAddress);
    }

    static ScheduleConfig resolve(ConfigValues values) {
        boolean enabled = values.bool(Key.ENABLED);
        Map<Cadence, CadenceTime> times = new EnumMap<>(Cadence.class);
        time(values, Key.WEEKLY, Cadence.WEEKLY).ifPresent(time -> times.put(Cadence.WEEKLY, time));
        time(values, Key.MONTHLY, Cadence.MONTHLY).ifPresent(time -> times.put(Cadence.MONTHLY, time));
        time(values, Key.QUARTERLY, Cadence.QUARTERLY).ifPresent(time -> times.put(Cadence.QUARTERLY, time));
        String name = values.optionalText(Key.SELLER_NAME);
        if (name == null || name.length() > 200) {
            throw values.invalid(Key.SELLER_NAME, "a name of 1 to 200 characters");
        }
        String address = values.optionalText(Key.SELLER_ADDRESS);
        if (address != null && address.length() > 500) {
            throw values.invalid(Key.SELLER_ADDRESS, "an address of at most 500 characters");
        }
        return new ScheduleConfig(new InvoiceSchedule(enabled, times), name, address == null ? "" : address);
    }

    private static Optional<CadenceTime> time(ConfigValues values, Key key, Cadence cadence) {
        try {
            return InvoiceSchedule.parseTime(cadence, values.text(key));
        } catch (IllegalArgumentException e) {
            throw values.invalid(key, CadenceTime.expected(cadence));
        }
    }
}
