package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.billing.FollowUpConfig;
import io.vigint.core.billing.FollowUpSettings;
import io.vigint.core.config.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpConfigTest {
    @TempDir
    Path cwd;

    private FollowUpConfig resolve(Map<String, String> environment) {
        return Settings.resolve(Settings.Flags.none(), environment, cwd).followUp();
    }

    @Test
    void byDefaultInvoicesAreDueIn30DaysWithRemindersAfter7_14And30DaysCheckedHourly() {
        FollowUpConfig config = resolve(Map.of());

        assertThat(config.settings()).isEqualTo(FollowUpSettings.DEFAULTS);
        assertThat(config.checkEvery()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theConfigFileSetsTermsAndReminderDaysInAnyOrderAndTheEnvironmentSwitchesRemindersOff() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "billing.seller.payment_terms_days=14\nbilling.reminders.after_days=30, 3\nbilling.reminders.check_every=15m\n");

        FollowUpConfig config = resolve(Map.of("VIGINT_BILLING_REMINDERS_ENABLED", "false"));

        assertThat(config.settings().dueDates().paymentTermsDays()).isEqualTo(14);
        assertThat(config.settings().reminderDays()).isEqualTo(List.of(3, 30));
        assertThat(config.settings().remindersEnabled()).isFalse();
        assertThat(config.checkEvery()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void badValuesAreRefusedNamingTheKey() {
        for (Map<String, String> bad : List.of(
                Map.of("VIGINT_BILLING_SELLER_PAYMENT_TERMS_DAYS", "400"),
                Map.of("VIGINT_BILLING_REMINDERS_AFTER_DAYS", "7,seven"),
                Map.of("VIGINT_BILLING_REMINDERS_AFTER_DAYS", "7,7"),
                Map.of("VIGINT_BILLING_REMINDERS_AFTER_DAYS", "0"),
                Map.of("VIGINT_BILLING_REMINDERS_CHECK_EVERY", "10s"))) {
            String variable = bad.keySet().iterator().next();
            assertThatThrownBy(() -> resolve(bad))
                    .as(bad.toString())
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining(variable);
        }
    }
}
