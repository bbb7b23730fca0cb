package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vigint.core.error.VigintException;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrameTimestampsTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void timestampsAreIsoTextOrEpochSecondsOrMillis() {
        assertThat(FrameTimestamps.parse(null, NOW)).isEqualTo(NOW);
        assertThat(FrameTimestamps.parse(JSON.nullNode(), NOW)).isEqualTo(NOW);
        assertThat(FrameTimestamps.parse(JSON.textNode("2025-12-31T23:59:59.250Z"), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.250Z"));
        assertThat(FrameTimestamps.parse(JSON.textNode("2026-01-01T01:00:00+01:00"), NOW))
                .isEqualTo(NOW);
        assertThat(FrameTimestamps.parse(JSON.numberNode(new BigDecimal("1767225599.5")), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.500Z"));
        assertThat(FrameTimestamps.parse(JSON.numberNode(1_767_225_599_500L), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.500Z"));
    }

    @Test
    void aDateAndTimeWithoutAnOffsetAsTheOriginalClientWritesItIsTakenAsReceived() {
        // datetime.now().isoformat() and strftime('%Y-%m-%d %H:%M:%S'): local time of an unknown zone
        for (String local : new String[] {"2025-12-31T22:14:03.123456", "2025-12-31 22:14:03", "2025-12-31T22:14"}) {
            assertThat(FrameTimestamps.parse(JSON.textNode(local), NOW))
                    .as(local)
                    .isEqualTo(NOW);
        }
        assertThatThrownBy(() -> FrameTimestamps.parse(JSON.textNode("2025-12-31"), NOW))
                .as("a date alone is no time")
                .isInstanceOf(VigintException.class);
    }

    @Test
    void badTimestampsNameTheField() {
        for (var bad : new com.fasterxml.jackson.databind.JsonNode[] {
            JSON.textNode("yesterday"),
            JSON.numberNode(-1),
            JSON.booleanNode(true),
            JSON.objectNode(),
            JSON.numberNode(Double.POSITIVE_INFINITY),
            JSON.numberNode(Double.NaN),
            JSON.numberNode(new BigDecimal("1e30"))
        }) {
            assertThatThrownBy(() -> FrameTimestamps.parse(bad, NOW))
                    .isInstanceOfSatisfying(
                            VigintException.class, e -> assertThat(e.details()).containsEntry("field", "timestamp"));
        }
    }
}
