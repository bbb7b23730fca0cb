package io.vigint.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import org.junit.jupiter.api.Test;

class AlertCommandTest {
    private static final ClientId ACME = new ClientId(1);

    @Test
    void valuesAreTrimmedAndTheRiskLevelUpperCased() {
        AlertCommand command = new AlertCommand(ACME, "  ", "  Person\nat the door\t ", " high ", " ", null);

        assertThat(command.sourceId()).isEqualTo("default");
        assertThat(command.analysis()).isEqualTo("Person\nat the door");
        assertThat(command.riskLevel()).isEqualTo("HIGH");
        assertThat(command.incidentType()).isNull();
    }

    @Test
    void invalidValuesNameTheirField() {
        assertInvalid("analysis", () -> new AlertCommand(ACME, null, " ", "HIGH", null, null));
        assertInvalid("analysis", () -> new AlertCommand(ACME, null, "x".repeat(10_001), "HIGH", null, null));
        assertInvalid("analysis", () -> new AlertCommand(ACME, null, "bell\u0007", "HIGH", null, null));
        assertInvalid("risk_level", () -> new AlertCommand(ACME, null, "x", null, null, null));
        assertInvalid("risk_level", () -> new AlertCommand(ACME, null, "x", "very high", null, null));
        assertInvalid("incident_type", () -> new AlertCommand(ACME, null, "x", "HIGH", "y".repeat(101), null));
        assertInvalid("source_id", () -> new AlertCommand(ACME, "../etc", "x", "HIGH", null, null));
        assertInvalid("frame_count", () -> new AlertCommand(ACME, null, "x", "HIGH", null, 0));
    }

    private static void assertInvalid(String field, Runnable construction) {
        assertThatThrownBy(construction::run).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsEntry("field", field);
        });
    }
}
