package io.vigint.billing;

import static io.vigint.billing.BillingKeys.key;

import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.billing.InvoiceDueDates;
import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.SettingKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of the follow-up of unpaid invoices: payment terms, reminders, and how often {@code vigint
 * serve} looks for overdue invoices.
 *
 * @param paymentTermsDays days from issue to due date ({@code billing.seller.payment_terms_days}, default 30):
 *     the due date of invoices issued before invoices recorded their own
 * @param remindersEnabled whether reminders are emailed (default true)
 * @param reminderDays days past the due date at which a reminder is sent (default 7, 14, 30)
 * @param checkEvery how often the server marks overdue invoices and sends reminders (default 1 hour)
 */
public record FollowUpConfig(
        int paymentTermsDays, boolean remindersEnabled, List<Integer> reminderDays, Duration checkEvery) {

    public static final SettingKey REMINDERS_ENABLED =
            key("billing.reminders.enabled", "true", "Whether overdue invoices get payment reminders by email");
    public static final SettingKey REMINDER_DAYS = key(
            "billing.reminders.after_days",
            "7,14,30",
            "Days past the due date at which a payment reminder is sent, comma-separated (1-365 each)");
    public static final SettingKey CHECK_EVERY = key(
            "billing.reminders.check_every",
            "1h",
            "How often vigint serve marks overdue invoices and sends reminders (a duration such as 1h or 15m, 1m to 1d)");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS = List.of(REMINDERS_ENABLED, REMINDER_DAYS, CHECK_EVERY);

    public FollowUpConfig {
        reminderDays = List.copyOf(reminderDays);
    }

    /** The core's view of these settings. */
    public FollowUpSettings settings() {
        return new FollowUpSettings(new InvoiceDueDates(paymentTermsDays), remindersEnabled, reminderDays);
    }

    public static FollowUpConfig resolve(ConfigReader values) {
        int terms = (int) values.number(SellerConfig.PAYMENT_TERMS_DAYS, 0, 365);
        boolean enabled = values.bool(REMINDERS_ENABLED);
        List<Integer> days = new ArrayList<>();
        String text = values.text(REMINDER_DAYS).strip();
        if (!text.isEmpty()) {
            for (String part : text.split(",")) {
                int day;
                try {
                    day = Integer.parseInt(part.strip());
                } catch (NumberFormatException e) {
                    throw values.invalid(REMINDER_DAYS, "whole numbers of days from 1 to 365, such as 7,14,30");
                }
                if (day < 1 || day > 365 || days.contains(day)) {
                    throw values.invalid(
                            REMINDER_DAYS, "different whole numbers of days from 1 to 365, such as 7,14,30");
                }
                days.add(day);
            }
        }
        Duration every = values.duration(CHECK_EVERY, Duration.ofMinutes(1), Duration.ofDays(1));
        return new FollowUpConfig(terms, enabled, days, every);
    }
}
