package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.billing.schedule.CadenceTime;
import io.vigint.billing.schedule.InvoiceSchedule;
import io.vigint.billing.schedule.ScheduleConfig;
import io.vigint.core.config.ConfigurationException;
import io.vigint.core.schedule.Cadence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleConfigTest {
    @TempDir
    Path cwd;

    private ScheduleConfig resolve(Map<String, String> environment) {
        return Settings.resolve(Settings.Flags.none(), environment, cwd).schedule();
    }

    @Test
    void byDefaultTheBatchRunsWeeklyMondaysAndMonthlyAndQuarterlyOnTheFirstAt0005Utc() {
        ScheduleConfig config = resolve(Map.of());

        assertThat(config.schedule()).isEqualTo(InvoiceSchedule.defaults());
        assertThat(config.seller().name()).isEqualTo("Vigint");
        assertThat(config.seller().addressLines()).isEmpty();
    }

    @Test
    void theConfigFileSetsTimesSwitchesACadenceOffAndNamesTheSeller() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "billing.schedule.weekly=SUN 23:30\nbilling.schedule.quarterly=off\n"
                        + "billing.seller.name=Vigint SA\nbilling.seller.address=Rue de la Loi 16; 1000 Brussels\n");

        ScheduleConfig config = resolve(Map.of());

        assertThat(config.schedule().time(Cadence.WEEKLY)).contains(CadenceTime.parse(Cadence.WEEKLY, "SUN 23:30"));
        assertThat(config.schedule().time(Cadence.MONTHLY)).contains(CadenceTime.defaultFor(Cadence.MONTHLY));
        assertThat(config.schedule().time(Cadence.QUARTERLY)).isEmpty();
        assertThat(config.seller().name()).isEqualTo("Vigint SA");
        assertThat(config.seller().addressLines()).isEqualTo(List.of("Rue de la Loi 16", "1000 Brussels"));
    }

    @Test
    void theEnvironmentCanSwitchTheWholeScheduleOff() {
        ScheduleConfig config = resolve(Map.of("VIGINT_BILLING_SCHEDULE_ENABLED", "false"));

        assertThat(config.schedule().enabled()).isFalse();
        assertThat(config.schedule().time(Cadence.WEEKLY)).isEmpty();
    }

    @Test
    void anUnreadableTimeNamesTheVariableAndTheExpectedForm() {
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_BILLING_SCHEDULE_MONTHLY", "31 00:05")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("invalid value '31 00:05' for VIGINT_BILLING_SCHEDULE_MONTHLY: expected a day of the month"
                        + " (1-28) and a UTC time such as 1 00:05, or off");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_BILLING_SCHEDULE_WEEKLY", "monday")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_BILLING_SCHEDULE_WEEKLY")
                .hasMessageContaining("MON 00:05");
        assertThatThrownBy(() -> resolve(Map.of("VIGINT_BILLING_SCHEDULE_ENABLED", "maybe")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("true or false");
    }
}
