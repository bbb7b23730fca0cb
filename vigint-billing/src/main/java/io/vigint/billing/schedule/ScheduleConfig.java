package io.vigint.billing.schedule;

import static io.vigint.billing.BillingKeys.key;

import io.vigint.billing.document.Seller;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import io.vigint.core.schedule.Cadence;
import java.util.EnumMap;
import java.util.List;
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

    public static final SettingKey ENABLED =
            key("billing.schedule.enabled", "true", "Whether vigint serve runs the invoice batch");
    public static final SettingKey WEEKLY =
            key("billing.schedule.weekly", "MON 00:05", "When the weekly batch runs, UTC (DAY HH:MM or off)");
    public static final SettingKey MONTHLY =
            key("billing.schedule.monthly", "1 00:05", "When the monthly batch runs, UTC (D HH:MM, day 1-28, or off)");
    public static final SettingKey QUARTERLY = key(
            "billing.schedule.quarterly", "1 00:05", "When the quarterly batch runs, UTC (D HH:MM, day 1-28, or off)");
    public static final SettingKey SELLER_NAME = key("billing.seller.name", "Vigint", "Seller name on invoices");
    public static final SettingKey SELLER_ADDRESS =
            key("billing.seller.address", "", "Seller address on invoices, lines separated by ;");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS =
            List.of(ENABLED, WEEKLY, MONTHLY, QUARTERLY, SELLER_NAME, SELLER_ADDRESS);

    /** The seller as documents show it. */
    public Seller seller() {
        return Seller.of(sellerName, sellerAddress);
    }

    public static ScheduleConfig resolve(ConfigReader values) {
        boolean enabled = values.bool(ENABLED);
        Map<Cadence, CadenceTime> times = new EnumMap<>(Cadence.class);
        time(values, WEEKLY, Cadence.WEEKLY).ifPresent(time -> times.put(Cadence.WEEKLY, time));
        time(values, MONTHLY, Cadence.MONTHLY).ifPresent(time -> times.put(Cadence.MONTHLY, time));
        time(values, QUARTERLY, Cadence.QUARTERLY).ifPresent(time -> times.put(Cadence.QUARTERLY, time));
        String name = values.optionalText(SELLER_NAME);
        if (name == null || name.length() > 200) {
            throw values.invalid(SELLER_NAME, "a name of 1 to 200 characters");
        }
        String address = values.optionalText(SELLER_ADDRESS);
        if (address != null && address.length() > 500) {
            throw values.invalid(SELLER_ADDRESS, "an address of at most 500 characters");
        }
        return new ScheduleConfig(new InvoiceSchedule(enabled, times), name, address == null ? "" : address);
    }

    private static Optional<CadenceTime> time(ConfigReader values, SettingKey key, Cadence cadence) {
        try {
            return InvoiceSchedule.parseTime(cadence, values.text(key));
        } catch (IllegalArgumentException e) {
            throw values.invalid(key, CadenceTime.expected(cadence));
        }
    }
}
