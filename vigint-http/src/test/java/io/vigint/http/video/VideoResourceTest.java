package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameIngestService;
import io.vigint.core.video.FrameValidator;
import io.vigint.media.ImageIoProbe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VideoResourceTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final MutableClock clock = new MutableClock(NOW);
    private final VideoResource resource = new VideoResource(
            new FrameIngestService(new FrameBuffers(clock), new FrameValidator(new ImageIoProbe(), 300)), null, clock);

    @Test
    void timestampsAreIsoTextOrEpochSecondsOrMillis() {
        assertThat(VideoResource.timestamp(null, NOW)).isEqualTo(NOW);
        assertThat(VideoResource.timestamp(JSON.nullNode(), NOW)).isEqualTo(NOW);
        assertThat(VideoResource.timestamp(JSON.textNode("2025-12-31T23:59:59.250Z"), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.250Z"));
        assertThat(VideoResource.timestamp(JSON.textNode("2026-01-01T01:00:00+01:00"), NOW))
                .isEqualTo(NOW);
        assertThat(VideoResource.timestamp(JSON.numberNode(new BigDecimal("1767225599.5")), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.500Z"));
        assertThat(VideoResource.timestamp(JSON.numberNode(1_767_225_599_500L), NOW))
                .isEqualTo(Instant.parse("2025-12-31T23:59:59.500Z"));
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
            assertThatThrownBy(() -> VideoResource.timestamp(bad, NOW))
                    .isInstanceOfSatisfying(
                            VigintException.class, e -> assertThat(e.details()).containsEntry("field", "timestamp"));
        }
    }

    @Test
    void base64MayBeADataUrlWrappedOrUrlSafe() {
        byte[] bytes = {(byte) 0xfb, (byte) 0xff, 0x00, 0x41, 0x42, (byte) 0xfe};
        String standard = Base64.getEncoder().encodeToString(bytes);

        assertThat(resource.decode(standard)).isEqualTo(bytes);
        assertThat(resource.decode("data:image/jpeg;base64," + standard)).isEqualTo(bytes);
        assertThat(resource.decode(standard.substring(0, 4) + "\n" + standard.substring(4)))
                .isEqualTo(bytes);
        assertThat(resource.decode(Base64.getUrlEncoder().encodeToString(bytes)))
                .isEqualTo(bytes);
    }

    @Test
    void missingMalformedOrClearlyOversizedBase64IsRefused() {
        assertThatThrownBy(() -> resource.decode(null))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> resource.decode("!!!!"))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_FRAME));
        assertThatThrownBy(() -> resource.decode("data:image/jpeg,abcd"))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_FRAME));
        assertThatThrownBy(() -> resource.decode("A".repeat(2_000)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE));
    }
}
