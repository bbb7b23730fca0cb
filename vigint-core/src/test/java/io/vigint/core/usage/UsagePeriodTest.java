package io.vigint.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsagePeriodTest {
    @Test
    void boundsAreDaysOrInstants() {
        assertThat(UsagePeriod.parseBound("from", "2026-11-01")).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(UsagePeriod.parseBound("from", " 2026-11-01T12:30:00Z "))
                .isEqualTo(Instant.parse("2026-11-01T12:30:00Z"));
        assertThat(UsagePeriod.parseBound("to", "0001-01-01")).isEqualTo(UsagePeriod.EARLIEST);
        assertThat(UsagePeriod.parseBound("to", "9999-12-31T23:59:59Z")).isBefore(UsagePeriod.LATEST);
    }

    @Test
    void malformedOrOutOfRangeBoundsNameTheField() {
        for (String bad : new String[] {
            "yesterday", "2026-13-01", "", "-999999999-01-01T00:00:00Z", "+100000-01-01T00:00:00Z", "0000-12-31"
        }) {
            assertThatThrownBy(() -> UsagePeriod.parseBound("to", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(VigintException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                        assertThat(e.details()).containsEntry("field", "to");
                    });
        }
    }
}
