package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.FrameBuffers;
import io.vigint.core.video.FrameIngestService;
import io.vigint.core.video.FrameValidator;
import io.vigint.media.ImageIoProbe;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class VideoResourceTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final VideoResource resource = new VideoResource(
            new FrameIngestService(new FrameBuffers(clock), new FrameValidator(new ImageIoProbe(), 300)), null, clock);

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
